import Foundation
import FrontMatter

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The folder holding `content/` and `theme/`.
    public var source: URL
    /// The theme folder; `source/theme` unless set. Its files override the bundled theme's file
    /// by file.
    public var theme: URL?
    /// Whether the bundled default theme fills in every template and static file the theme
    /// folder lacks (true for every command; a test of a deliberately small theme turns it off).
    public var usesBundledTheme = true
    /// Where the site is written; nil to build without writing (as `safersite check` and the
    /// preview do).
    public var output: URL?
    /// Whether pages are rendered when nothing is written: the preview needs them, a check
    /// does not.
    public var keepsFiles: Bool = true
    /// Whether pages marked `draft: true` are built.
    public var includeDrafts: Bool
    /// Whether pages outside their `publish_date` and `expiry_date` are built, with a notice
    /// (`safersite serve --future`).
    public var includeScheduled = false
    /// Replaces the settings' `base_url` when set.
    public var baseURL: String?
    /// Whether warnings fail the build as errors do (`--strict`).
    public var strict: Bool
    /// The day the content checks take as today, for review dates.
    public var today: FrontMatterDate

    /// Creates options.
    public init(source: URL, theme: URL? = nil, output: URL?, includeDrafts: Bool = false, baseURL: String? = nil,
                strict: Bool = false, today: FrontMatterDate = .today()) {
        self.source = source
        self.theme = theme
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.strict = strict
        self.today = today
    }
}
