import Diagnostics
import FrontMatter

/// Site-wide settings, read from `content/_site.yaml` (everything has a default, so the file is optional).
package struct SiteSettings: Sendable {
    /// The site's name, shown in the header and in every page's `<title>`.
    package var title: String = "SaferSite"
    /// One sentence about the site, used where a page has no summary.
    package var description: String?
    /// The address the site is published at, ending in `/` (e.g. `https://www.example.gov.uk/`,
    /// or under a path, `https://www.example.gov.uk/community-safety/`); empty when unknown, in
    /// which case canonical links are left out.
    package var baseURL: String = "" {
        didSet {
            root = SiteRoot(baseURL: baseURL)
            address = SiteAddress(baseURL: baseURL)
        }
    }
    /// Where on its host the site is published (`baseURL`'s path): what every published address
    /// starts with.
    package private(set) var root: SiteRoot = .top
    /// The address the site is published at, for absolute links (feed, sitemap, canonical links);
    /// nil without a `baseURL`.
    package private(set) var address: SiteAddress?
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
    /// The logo shown in the header instead of the site's name (`logo: {file, alt}`).
    package var logo: SiteLogo?
    /// The browser tab's icon (`favicon:`): SVG, PNG or ICO.
    package var favicon: BrandingFile?
    /// Brand colours (`colours:`), each overriding one of the theme's CSS variables, in the order written.
    package var colours: [BrandColour] = []
    /// Where the `colours:` key is written, for the contrast check's findings.
    package var coloursLocation: SourceLocation?
    /// The districts pages may name in `district:`; nil when the settings give no list, and
    /// then any district is taken as written.
    package var districts: [District]?
    /// The topics pages may name in `topics:`; nil when the settings give no list.
    package var topics: [String]?
    /// The folder inside `content/` where `safersite new district` writes (`district_folder:`).
    package var districtFolder: String = SiteSettings.defaultDistrictFolder
    /// The folder for district pages when the settings name none.
    package static let defaultDistrictFolder = "partnerships"
    /// The partnership's contact details (`contact:`), shown in the default theme's footer.
    package var contact: SiteContact?
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

/// How to reach the partnership (`contact: {email, phone, address}` in `_site.yaml`).
package struct SiteContact: Sendable, Hashable {
    /// An email address, e.g. `safer@example.gov.uk`.
    package var email: String?
    /// A phone number as people read it, e.g. `01234 567890`.
    package var phone: String?
    /// A postal address on one line.
    package var address: String?

    /// No details at all.
    package init(email: String? = nil, phone: String? = nil, address: String? = nil) {
        self.email = email
        self.phone = phone
        self.address = address
    }

    /// Whether no detail is given.
    package var isEmpty: Bool { email == nil && phone == nil && address == nil }

    /// The phone number as a `tel:` link: its `+` and digits alone.
    package var phoneLink: String? {
        phone.map { "tel:" + $0.filter { $0 == "+" || $0.isASCII && $0.isNumber } }
    }

    /// Whether text is an email address a mail program takes: one `@`, something either side,
    /// a dot in the domain, no spaces, quotes or angle brackets.
    package static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.contains { $0.isWhitespace || "\"<>(),;:[]\\".contains($0) || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
    }

    /// Whether text is a phone number: digits (at least three), spaces, `+` (first only), brackets and hyphens.
    package static func isPhoneNumber(_ text: String) -> Bool {
        let digits = text.filter { $0.isASCII && $0.isNumber }.count
        let allowed = text.enumerated().allSatisfy { index, character in
            (character.isASCII && character.isNumber) || " ()-".contains(character) || (character == "+" && index == 0)
        }
        return allowed && digits >= 3 && digits <= 15
    }
}
