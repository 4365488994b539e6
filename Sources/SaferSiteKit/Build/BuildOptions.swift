import Foundation
import FrontMatter

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The folder holding `content/` and `theme/`.
    package var source: URL
    /// The theme folder; `source/theme` unless set.
    package var theme: URL?
    /// Where the site is written; nil to build without writing (as `safersite check` and the
    /// preview do).
    package var output: URL?
    /// Whether pages are rendered when nothing is written: the preview needs them, a check
    /// does not.
    package var keepsFiles: Bool = true
    /// Whether pages marked `draft: true` are built.
    package var includeDrafts: Bool
    /// Whether pages outside their `publish_date` and `expiry_date` are built, with a notice
    /// (`safersite serve --future`).
    package var includeScheduled = false
    /// Replaces the settings' `base_url` when set.
    package var baseURL: String?
    /// Whether warnings fail the build as errors do (`--strict`).
    package var strict: Bool
    /// The day the content checks take as today, for review dates.
    package var today: FrontMatterDate

    /// Creates options.
    package init(source: URL, theme: URL? = nil, output: URL?, includeDrafts: Bool = false, baseURL: String? = nil,
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
