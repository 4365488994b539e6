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
    ///
    /// Every link's text is normalised: the byte-by-byte `asciiNormalised` measured 6.5% of a cold
    /// 10,000-page build's CPU against `unicodeNormalised` alone (issue 23), so it stays until the
    /// rule is written once with that speed; a property test holds the two together.
    static func normalised(_ text: String) -> String {
        asciiNormalised(text) ?? unicodeNormalised(text)
    }

    /// `normalised` for any text, by characters.
    static func unicodeNormalised(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.trimmingCharacters(in: endMarks)
    }

    /// `normalised` for text of printable ASCII and white space (most link text), byte by byte:
    /// there every character that is not a letter, a digit or white space is punctuation or a
    /// symbol. Nil for any other text.
    static func asciiNormalised(_ text: String) -> String? {
        var words: [UInt8] = []
        var spaceWanted = false
        for byte in text.utf8 {
            if byte == 0x20 || byte &- 0x09 < 5 {
                spaceWanted = !words.isEmpty
                continue
            }
            guard byte &- 0x21 < 0x5E else { return nil }
            if spaceWanted { words.append(0x20) }
            spaceWanted = false
            words.append(byte &- 0x41 < 26 ? byte + 0x20 : byte)
        }
        let isMark = { (byte: UInt8) in byte != 0x20 && !byte.isASCIILetterOrDigit }
        let start = words.firstIndex { !isMark($0) } ?? words.endIndex
        let end = words.lastIndex { !isMark($0) }.map { $0 + 1 } ?? start
        return String(decoding: words[start..<end], as: UTF8.self)
    }

    /// Made once: building the union is most of the cost of `normalised`.
    private static let endMarks = CharacterSet.punctuationCharacters.union(.symbols)
}
