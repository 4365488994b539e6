import Diagnostics
import Foundation

/// `vague-link-text`: link text should say where the link goes without the words around it
/// (WCAG 2.2 success criterion 2.4.4).
///
/// Flags the phrases in `vaguePhrases` (compared in lower case, ignoring punctuation at the ends)
/// and link text that is itself a web address, which is what a bare `https://...` in the text becomes.
struct VagueLinkTextRule: PageRule {
    /// Link texts that say nothing out of context.
    static let vaguePhrases: Set<String> = [
        "click here", "click", "here", "read more", "more", "more info", "more information",
        "link", "this link", "this page", "this", "find out more", "go", "website",
    ]

    let check = ContentCheck.vagueLinkText

    /// Links whose words are a vague phrase or a web address.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.links.filter { !$0.link.isImage }.compactMap { link, location in
            let text = link.text.trimmed()
            if Self.isWebAddress(text) {
                return page.finding(check, at: location, ContentCheckMessages.bareURL(text), hint: ContentCheckMessages.bareURLHint)
            }
            guard Self.vaguePhrases.contains(Self.normalised(text)) else { return nil }
            return page.finding(check, at: location, ContentCheckMessages.vagueLinkText(text), hint: ContentCheckMessages.vagueLinkTextHint)
        }
    }

    /// Whether link text is a web address rather than words.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard !lowered.contains(where: \.isWhitespace) else { return false }
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
    }

    /// Lower case, single spaces, no punctuation at either end.
    static func normalised(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.trimmingCharacters(in: endMarks)
    }

    /// Made once: building the union is most of the cost of `normalised`.
    private static let endMarks = CharacterSet.punctuationCharacters.union(.symbols)
}
