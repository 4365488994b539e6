/// The Markdown stage's messages, named so tests can compare with them.
public enum MarkdownMessages {
    public static let emptyLink = "this link has no destination"
    public static let emptyLinkHint = "put the page or address the link goes to between the brackets: [text](page.md)"
    public static let unsafeSchemeHint = "link to a page or an https:// address instead"
    public static let outsideContentHint = "links between pages must stay inside the content folder"
    public static let missingPageHint = "check the file name; links to pages are written relative to this file, e.g. ../projects/aspire.md"
    public static let missingFileHint = "put the file inside content/ or fix the name"
    public static let unknownDataHint = "add the data as content/_data/NAME.yaml or NAME.csv, or under 'data:' in this page's front matter"
    public static let dataBlockUsageHint = "write the kind and the data name after the three backticks, e.g. ```table oxford-crime-trends"

    public static let tooWideTableHint = "split the table into narrower ones, or publish the figures as a CSV file in content/ and link to it"
    public static let tooManyHeadingsHint = "split the page into several pages, or make some headings plain bold text"

    /// A table line with more cells than `MarkdownBounds.maximumTableColumns`.
    public static func tooWideTable(_ cells: Int) -> String {
        "this table line has \(cells) cells; a table may have at most \(MarkdownBounds.maximumTableColumns) columns"
    }

    /// A page with more headings than `MarkdownBounds.maximumHeadings`.
    public static let tooManyHeadings = "this page has more than \(MarkdownBounds.maximumHeadings) headings; this is the first past the limit"

    public static func unsafeScheme(_ scheme: String) -> String {
        "links starting with '\(scheme):' are not allowed, because they can run code or hide content"
    }

    public static func outsideContent(_ destination: String) -> String {
        "the link '\(destination)' leads outside the content folder"
    }

    public static func missingPage(_ path: String) -> String {
        "this links to content/\(path), but there is no such page"
    }

    public static func missingFile(_ path: String) -> String {
        "this links to content/\(path), but there is no such file"
    }

    public static let badDataNameHint = "name the table with letters, digits, '-' and '_' only, e.g. 'crime-trends'"

    public static func badDataName(_ name: String) -> String {
        "'\(name)' cannot be a data table's name: it becomes the name of the table's download file"
    }

    public static func unknownData(_ name: String) -> String {
        "there is no data called '\(name)'"
    }

    public static func dataBlockUsage(_ kind: String) -> String {
        "a ```\(kind) block needs the name of its data"
    }
}
