/// A page body after Markdown rendering: its HTML and what the later stages need to know about it.
public struct RenderedMarkdown: Sendable {
    /// The body as HTML.
    public var html: String
    /// Every heading, in order, with the id it was given.
    public var headings: [Heading]
    /// Every link and image, with where it pointed after rewriting.
    public var links: [LinkReference]
    /// The body's words without markup, for search and content checks.
    public var plainText: String
    /// Every paragraph's words, with the file line it starts on, for plain-English checks.
    public var paragraphs: [TextBlock]
    /// Every Markdown table, with its header cells.
    public var tables: [TableSummary]
    /// Problems found while rendering (broken links, unknown data).
    public var diagnostics: [Diagnostic]

    /// Creates a rendered body.
    public init(html: String, headings: [Heading] = [], links: [LinkReference] = [], plainText: String = "",
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
public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The heading's words without markup.
    public var text: String
    /// The `id` it was given, for `#` links.
    public var id: String
    /// The file line it is on.
    public var line: Int
}

/// A link or image of a page body.
public struct LinkReference: Sendable, Hashable {
    /// The destination as the author wrote it.
    public var written: String
    /// The destination after rewriting (a `.md` link becomes the page's URL).
    public var resolved: String
    /// The page it leads to, by its path inside `content/`, when it is a link to a page of the site.
    public var targetContentPath: String?
    /// The part after `#`, if any.
    public var fragment: String?
    /// The link's words, or an image's alt text.
    public var text: String
    /// The title written after the destination (`[text](page.md "title")`), if any.
    /// An image whose title is `decorative` may have empty alt text.
    public var title: String?
    /// Whether it is an image.
    public var isImage: Bool
    /// Where it is in the file.
    public var location: SourceLocation
}

/// A paragraph's words and where it starts.
public struct TextBlock: Sendable, Hashable {
    /// The words, a slice of the body's plain text: a large site's paragraphs would otherwise
    /// hold their words twice until the check stage reads them.
    var words: Substring
    /// Where the paragraph starts.
    public var location: SourceLocation

    /// The words without markup.
    public var text: String { String(words) }

    /// A paragraph of `words`, found at `location`.
    public init(words: Substring, location: SourceLocation) {
        self.words = words
        self.location = location
    }

    /// A paragraph of `text`, found at `location`.
    public init(text: String, location: SourceLocation) {
        self.init(words: Substring(text), location: location)
    }
}

/// A Markdown table: where it is and what its header row says.
public struct TableSummary: Sendable, Hashable {
    /// The words of each header cell.
    public var headerCells: [String]
    /// Where the table starts.
    public var location: SourceLocation
}
