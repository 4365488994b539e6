import Diagnostics

/// A page body after Markdown rendering: its HTML and what the later stages need to know about it.
package struct RenderedMarkdown: Sendable {
    /// The body as HTML.
    package var html: String
    /// Every heading, in order, with the id it was given.
    package var headings: [Heading]
    /// Every link and image, with where it pointed after rewriting.
    package var links: [LinkReference]
    /// The body's words without markup, for search and content checks.
    package var plainText: String
    /// Every paragraph's words, with the file line it starts on, for plain-English checks.
    package var paragraphs: [TextBlock]
    /// Every Markdown table, with its header cells.
    package var tables: [TableSummary]
    /// Problems found while rendering (broken links, unknown data).
    package var diagnostics: [Diagnostic]
    /// How many data blocks (tables, charts, key figures) the body shows.
    package var dataBlockCount = 0

    /// Creates a rendered body.
    package init(html: String, headings: [Heading] = [], links: [LinkReference] = [], plainText: String = "",
                paragraphs: [TextBlock] = [], tables: [TableSummary] = [], diagnostics: [Diagnostic] = []) {
        self.html = html
        self.headings = headings
        self.links = links
        self.plainText = plainText
        self.paragraphs = paragraphs
        self.tables = tables
        self.diagnostics = diagnostics
    }

    /// The same body without its plain text and paragraphs, once the search index and the
    /// content checks have read them: on a large site they are half of a body's memory.
    var withoutText: RenderedMarkdown {
        var kept = self
        kept.plainText = ""
        kept.paragraphs = []
        return kept
    }
}

/// A heading of a page body.
package struct Heading: Sendable, Hashable {
    /// 1 to 6.
    package var level: Int
    /// The heading's words without markup.
    package var text: String
    /// The `id` it was given, for `#` links.
    package var id: String
    /// The file line it is on.
    package var line: Int
}

/// A link or image of a page body.
package struct LinkReference: Sendable, Hashable {
    /// The destination as the author wrote it.
    package var written: String
    /// The site path it leads to after rewriting (a `.md` link becomes the page's URL), which the
    /// link check reads; the page's HTML has its published address (`SiteRoot`).
    package var resolved: String
    /// The page it leads to, by its path inside `content/`, when it is a link to a page of the site.
    package var targetContentPath: String?
    /// The part after `#`, if any.
    package var fragment: String?
    /// The link's words, or an image's alt text.
    package var text: String
    /// The title written after the destination (`[text](page.md "title")`), if any.
    /// An image whose title is `decorative` may have empty alt text.
    package var title: String?
    /// Whether it is an image.
    package var isImage: Bool
    /// Where it is in the file.
    package var location: SourceLocation

    /// The image title that marks an image as decorative: `![](border.png "decorative")`.
    package static let decorativeMarker = "decorative"

    /// Whether it is an image marked decorative, which may have empty alt text and is published
    /// with `alt=""` and no title, so screen readers pass over it.
    package var isDecorative: Bool {
        isImage && title?.trimmed().lowercased() == Self.decorativeMarker
    }
}

/// A paragraph's words and where it starts.
package struct TextBlock: Sendable, Hashable {
    /// The words, a slice of the body's plain text: a large site's paragraphs would otherwise
    /// hold their words twice until the check stage reads them.
    var words: Substring
    /// Where the paragraph starts.
    package var location: SourceLocation

    /// The words without markup.
    package var text: String { String(words) }

    /// A paragraph of `words`, found at `location`.
    package init(words: Substring, location: SourceLocation) {
        self.words = words
        self.location = location
    }

    /// A paragraph of `text`, found at `location`.
    package init(text: String, location: SourceLocation) {
        self.init(words: Substring(text), location: location)
    }
}

/// A Markdown table: where it is and what its header row says.
package struct TableSummary: Sendable, Hashable {
    /// The words of each header cell.
    package var headerCells: [String]
    /// Where the table starts.
    package var location: SourceLocation
}
