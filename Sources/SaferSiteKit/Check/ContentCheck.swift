import Diagnostics

/// Every content check, by the stable code that names it in diagnostics, JSON output and `silence:` lists.
///
/// The codes never change once published: authors write them in front matter to silence a check.
package enum ContentCheck: String, Sendable, CaseIterable {
    /// A link to a page or file that does not exist (found by the Markdown stage and `SiteChecker`).
    case brokenLink = "broken-link"
    /// A link to a heading that does not exist (found by `SiteChecker`).
    case brokenAnchor = "broken-anchor"
    /// An image without alt text that is not marked decorative.
    case missingAlt = "missing-alt"
    /// A body `#` heading, or a heading that skips a level.
    case headingSkip = "heading-skip"
    /// A table whose header row is empty.
    case tableHeader = "table-header"
    /// A link with no destination or no words.
    case emptyLink = "empty-link"
    /// Link text that means nothing out of context ("click here", a bare web address).
    case vagueLinkText = "vague-link-text"
    /// A page past its `review_by` date, or without one.
    case reviewDue = "review-due"
    /// A page without a summary, or with one over 160 characters.
    case summary
    /// Two pages with the same title.
    case duplicateTitle = "duplicate-title"
    /// A link to an `http://` address.
    case insecureLink = "insecure-link"
    /// A sentence of more than 25 words.
    case longSentence = "long-sentence"
    /// A paragraph of more than 5 sentences or 120 words.
    case longParagraph = "long-paragraph"
    /// A page's `sources:` names a document the settings do not list.
    case unknownSource = "unknown-source"
    /// A page that states figures but names no source.
    case noSource = "no-source"
    /// A page whose facts are older than `history_after_years` that does not say which period it describes.
    case noPeriod = "no-period"
    /// A line that starts like a heading (`##What it does`) but has no space after the `#`s, so it
    /// is published as text.
    case headingSpace = "heading-space"
    /// A front matter value the theme shows after a label (`priority: ""`) that is empty, so the
    /// page would show the label alone.
    case emptyValue = "empty-value"
    /// A page's `district:` is not one of the settings' `districts:`.
    case unknownDistrict = "unknown-district"
    /// A page's `topics:` names a topic the settings' `topics:` do not list.
    case unknownTopic = "unknown-topic"
    /// A page still holds a sentence of an archetype's guidance text.
    case placeholderText = "placeholder-text"
    /// A `silence:` entry that is wrong or unused.
    case silence

    /// How serious this check's findings are: errors fail the build, warnings fail it only with `--strict`.
    package var severity: Diagnostic.Severity {
        switch self {
        case .brokenLink, .brokenAnchor, .missingAlt, .headingSkip, .tableHeader, .emptyLink, .unknownSource: .error
        case .vagueLinkText, .reviewDue, .summary, .duplicateTitle, .insecureLink, .longSentence, .longParagraph, .silence,
             .noSource, .noPeriod, .headingSpace, .emptyValue, .unknownDistrict, .unknownTopic, .placeholderText: .warning
        }
    }

    /// Whether a page or the site settings may silence this check. Errors cannot be silenced: each
    /// one stops someone from using the page (a broken link, an image a screen reader cannot describe),
    /// and each has a proper fix (`"decorative"` for a decorative image).
    package var canBeSilenced: Bool {
        severity == .warning && self != .silence
    }

    /// The codes that may be silenced, for hints.
    package static var silenceableCodes: [String] {
        allCases.filter(\.canBeSilenced).map(\.rawValue)
    }
}
