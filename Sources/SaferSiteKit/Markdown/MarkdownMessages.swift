import DataTables

/// The Markdown stage's messages, named so tests can compare with them.
package enum MarkdownMessages {
    package static let emptyLink = "this link has no destination"
    package static let emptyLinkHint = "put the page or address the link goes to between the brackets: [text](page.md)"
    package static let unsafeSchemeHint = "link to a page or an https:// address instead"
    package static let outsideContentHint = "links between pages must stay inside the content folder"
    /// A hint naming the page a link most likely means, written as the link should be.
    package static func didYouMean(_ link: String) -> String {
        "did you mean '\(link)'? (written relative to this page, as the link should be)"
    }

    package static let missingPageHint = "check the file name; links to pages are written relative to this file, e.g. ../projects/aspire.md"
    package static let missingFileHint = "put the file inside content/ or fix the name"
    /// The hint for a data name that does not exist, naming the one it most likely means.
    package static func unknownDataHint(nearest: String?) -> String {
        nearest.map { "did you mean '\($0)'? Otherwise " + unknownDataHint } ?? unknownDataHint
    }

    package static let unknownDataHint = "add the data as content/_data/NAME.yaml or NAME.csv, or under 'data:' in this page's front matter"
    package static let dataBlockUsageHint = "write the kind and the data name after the three backticks, e.g. ```table crime-trends"

    package static let tooWideTableHint = "split the table into narrower ones, or publish the figures as a CSV file in content/ and link to it"
    package static let tooManyHeadingsHint = "split the page into several pages, or make some headings plain bold text"

    /// A table line with more cells than `MarkdownBounds.maximumTableColumns`.
    package static func tooWideTable(_ cells: Int) -> String {
        "this table line has \(cells) cells; a table may have at most \(MarkdownBounds.maximumTableColumns) columns"
    }

    /// A page with more headings than `MarkdownBounds.maximumHeadings`.
    package static let tooManyHeadings = "this page has more than \(MarkdownBounds.maximumHeadings) headings; this is the first past the limit"

    package static func unsafeScheme(_ scheme: String) -> String {
        "links starting with '\(scheme):' are not allowed, because they can run code or hide content"
    }

    package static func outsideContent(_ destination: String) -> String {
        "the link '\(destination)' leads outside the content folder"
    }

    package static func missingPage(_ path: String) -> String {
        "this links to content/\(path), but there is no such page"
    }

    package static func missingFile(_ path: String) -> String {
        "this links to content/\(path), but there is no such file"
    }

    package static let badDataNameHint = "name the table with letters, digits, '-' and '_' only, e.g. 'crime-trends'"

    package static func badDataName(_ name: String) -> String {
        "'\(name)' cannot be a data table's name: it becomes the name of the table's download file"
    }

    package static func unknownData(_ name: String) -> String {
        "there is no data called '\(name)'"
    }

    /// A quoted figure whose written text is not the table's figure.
    package static func figureChanged(written: String, figure: String) -> String {
        "this sentence says '\(written)', but the data now gives \(figure), so the page shows \(figure)"
    }

    package static func figureChangedHint(figure: String, destination: String) -> String {
        "write [\(figure)](\(destination)) and check the words around it still fit the new figure"
    }

    /// The hint for a quoted figure whose data does not exist, with the address it most likely means.
    package static func unknownFigureDataHint(nearest: FigureAddress?) -> String {
        nearest.map { "did you mean \($0.destination)? Otherwise " + unknownDataHint } ?? unknownDataHint
    }

    package static func dataBlockUsage(_ kind: String) -> String {
        "a ```\(kind) block needs the name of its data"
    }
}
