import Diagnostics
import FrontMatter

/// Site-wide settings, read from `content/_site.yaml` (everything has a default, so the file is optional).
package struct SiteSettings: Sendable {
    /// The site's name, shown in the header and in every page's `<title>`.
    package var title: String = "SaferSite"
    /// One sentence about the site, used where a page has no summary.
    package var description: String?
    /// The address the site is published at, ending in `/` (e.g. `https://www.example.gov.uk/`);
    /// empty when unknown, in which case canonical links are left out.
    package var baseURL: String = ""
    /// The language of the content, as a BCP 47 tag.
    package var language: String = "en-GB"
    /// Whether raw HTML in Markdown is passed through (off by default: cmark's safe mode).
    package var rawHTML: Bool = false
    /// How many pages a listing shows before it is split into numbered pages.
    package var pageSize: Int = 20
    /// Named menus (`main`, `footer`...) in the order written.
    package var menus: [String: [MenuItem]] = [:]
    /// The documents pages rest on (`sources:`), each named by its id in a page's `sources:`.
    package var sources: [SourceDocument] = []
    /// A page that rests on sources more than this many years old must say which period it
    /// describes (`describes:`), so it shows the history banner (`history_after_years:`).
    package var historyAfterYears: Int = 3
    /// The home page's "what do you need?" links, in the order written.
    package var entryPoints: [EntryPoint] = []
    /// Paths in the output folder that builds keep as they were (`keep_in_output`).
    package var keptInOutput: [KeptOutputPath] = []
    /// The weight over which an image is reported (`image_budget_kb`), in kilobytes of its
    /// largest published file.
    package var imageBudgetKB: Int = 200
    /// The share card of pages that name none (`share_image`), its path inside `content/`.
    package var shareImage: ShareImageRequest?
    /// What the default share card shows, for people who cannot see it (`share_image_alt`).
    package var shareImageAlt: String?
    /// Every entry of the settings file, for templates.
    package var entries: [FrontMatterEntry] = []

    /// Settings with every default.
    package init() {}

    /// The listed source document with an id, when there is one.
    package func source(id: String) -> SourceDocument? {
        sources.first { $0.id == id }
    }

    /// Sets `baseURL` from an address as written (`_site.yaml`, `--base-url`): white space
    /// around it dropped, as `BaseURLProblem` and `SiteAddress` drop it, and the `/` it must end
    /// in added.
    package mutating func setBaseURL(_ address: String) {
        let trimmed = address.trimmed()
        baseURL = trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}

/// One link of a menu.
package struct MenuItem: Sendable, Hashable {
    /// What the link says.
    package var name: String
    /// Where it goes: a page's path inside `content/`, or a URL.
    package var target: Target
    /// Where it was written, for diagnostics.
    package var location: SourceLocation

    /// Where a menu item leads.
    package enum Target: Sendable, Hashable {
        /// A page, by its path inside `content/` (`about.md`).
        case page(String)
        /// A URL, used as written.
        case url(String)
    }

    /// Creates a menu item.
    package init(name: String, target: Target, location: SourceLocation) {
        self.name = name
        self.target = target
        self.location = location
    }
}
