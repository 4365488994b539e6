/// The front matter of a page, with the keys SaferSite knows checked and typed.
public struct PageMetadata: Sendable {
    /// The page's title.
    public var title: String
    /// One sentence about the page, shown in listings and as its meta description.
    public var summary: String?
    /// When an update was published.
    public var date: FrontMatterDate?
    /// When the page's facts were last checked.
    public var lastReviewed: FrontMatterDate?
    /// When the page must be checked again.
    public var reviewBy: FrontMatterDate?
    /// Order in listings and menus, lowest first.
    public var weight: Int?
    /// The template to render the page with.
    public var layout: String?
    /// Replaces the last part of the URL.
    public var slug: String?
    /// The whole URL path.
    public var url: String?
    /// Left out of the build unless drafts are asked for.
    public var draft: Bool
    /// Whether to show a contents list built from the page's headings.
    public var tableOfContents: Bool
    /// Topic names.
    public var topics: [String]
    /// The district the page belongs to.
    public var district: String?
    /// The period the page describes, e.g. `2015-16` (`describes:`); the theme then shows the
    /// history banner.
    public var describes: String?
    /// The ids of the source documents the page rests on (`sources:`), as listed in `_site.yaml`.
    public var sources: [String] = []
    /// Key figures shown as large numbers (`figures:`), read exactly as data tables' are.
    public var figures: [KeyFigure] = []
    /// Every front matter entry as written, known keys included, for templates and later stages.
    public var entries: [FrontMatterEntry]

    /// Creates metadata with a title and nothing else set.
    public init(title: String, entries: [FrontMatterEntry] = []) {
        self.title = title
        self.draft = false
        self.tableOfContents = false
        self.topics = []
        self.entries = entries
    }

    /// The entry for a key, when the page has it.
    public func entry(_ key: String) -> FrontMatterEntry? {
        entries.first { $0.key == key }
    }
}
