/// Site-wide settings, read from `content/_site.yaml` (everything has a default, so the file is optional).
public struct SiteSettings: Sendable {
    /// The site's name, shown in the header and in every page's `<title>`.
    public var title: String = "SaferSite"
    /// One sentence about the site, used where a page has no summary.
    public var description: String?
    /// The address the site is published at, ending in `/` (e.g. `https://www.example.gov.uk/`);
    /// empty when unknown, in which case canonical links are left out.
    public var baseURL: String = ""
    /// The language of the content, as a BCP 47 tag.
    public var language: String = "en-GB"
    /// Whether raw HTML in Markdown is passed through (off by default: cmark's safe mode).
    public var rawHTML: Bool = false
    /// How many pages a listing shows before it is split into numbered pages.
    public var pageSize: Int = 20
    /// Named menus (`main`, `footer`...) in the order written.
    public var menus: [String: [MenuItem]] = [:]
    /// Paths in the output folder that builds keep as they were (`keep_in_output`).
    public var keptInOutput: [KeptOutputPath] = []
    /// Every entry of the settings file, for templates.
    public var entries: [FrontMatterEntry] = []

    /// Settings with every default.
    public init() {}

    /// Sets `baseURL` from an address as written (`_site.yaml`, `--base-url`): white space
    /// around it dropped, as `BaseURLProblem` and `SiteAddress` drop it, and the `/` it must end
    /// in added.
    public mutating func setBaseURL(_ address: String) {
        let trimmed = address.trimmed()
        baseURL = trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}

/// One link of a menu.
public struct MenuItem: Sendable, Hashable {
    /// What the link says.
    public var name: String
    /// Where it goes: a page's path inside `content/`, or a URL.
    public var target: Target
    /// Where it was written, for diagnostics.
    public var location: SourceLocation

    /// Where a menu item leads.
    public enum Target: Sendable, Hashable {
        /// A page, by its path inside `content/` (`about.md`).
        case page(String)
        /// A URL, used as written.
        case url(String)
    }

    /// Creates a menu item.
    public init(name: String, target: Target, location: SourceLocation) {
        self.name = name
        self.target = target
        self.location = location
    }
}
