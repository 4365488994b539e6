import TextSupport

/// Splits a paragraph's words into sentences and counts words, for the plain-English checks.
///
/// A word is a run of text between spaces that holds a letter or a digit, so "–" and "&" do not
/// count. A sentence ends at `.`, `!` or `?` (quotes and brackets may follow) when the next word
/// starts with a capital letter, a digit, a quote or a bracket, or the text ends. Common
/// abbreviations ("e.g.", "Dr.") and initials ("J. Smith") do not end a sentence, and neither
/// does a full stop inside a number ("9.5%").
enum PlainEnglishText {
    /// One sentence of a text: where it is and how many words it has.
    struct Sentence: Sendable, Equatable {
        /// From the first byte of its first word to the end of its last word, in the text's UTF-8.
        var bytes: Range<Int>
        /// How many words it has.
        var wordCount: Int

        /// The sentence's words, as slices of `text` (the text it was found in).
        func words(in text: String) -> [Substring] {
            var contiguous = text
            return contiguous.withUTF8 { bytes in
                var tokens = ByteTokens(bytes: bytes, from: self.bytes.lowerBound, to: self.bytes.upperBound)
                var words: [Substring] = []
                while let token = tokens.next() {
                    if isWord(token, bytes: bytes) { words.append(substring(token, of: text)) }
                }
                return words
            }
        }
    }

    /// The sentences of a text.
    ///
    /// Runs over every paragraph of every page, so it reads the UTF-8 bytes with offsets rather
    /// than making a `Substring` of every word: with `Substring`s and `String.Index`, 5% more of
    /// a 10,000-page build's CPU (issue 23).
    static func sentences(in text: String) -> [Sentence] {
        var contiguous = text
        return contiguous.withUTF8 { sentences(in: text, bytes: $0) }
    }

    /// Abbreviations that end in a full stop without ending a sentence, in lower case.
    static let abbreviations: Set<String> = [
        "e.g.", "i.e.", "etc.", "cf.", "vs.", "viz.", "approx.", "incl.", "no.", "nos.",
        "mr.", "mrs.", "ms.", "dr.", "st.", "cllr.", "prof.", "rev.", "ltd.", "co.", "inc.",
    ]

    /// Whether a sentence ends with `token`, given the token after it (nil at the end of the text).
    static func endsSentence(_ token: Substring, next: Substring?) -> Bool {
        var word = token
        while let last = word.last, closers.contains(last) { word.removeLast() }
        guard let mark = word.last, mark == "." || mark == "!" || mark == "?" else { return false }
        if mark == "." {
            if abbreviations.contains(word.lowercased()) { return false }
            let letters = word.dropLast()
            if letters.count == 1, letters.first?.isUppercase == true { return false }
        }
        guard let next, let first = next.first else { return true }
        return first.isUppercase || first.isNumber || openers.contains(first)
    }

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "["]
}

// MARK: - Helpers

private extension PlainEnglishText {
    static func sentences(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var tokens = ByteTokens(bytes: bytes, from: 0, to: bytes.count)
        var sentences: [Sentence] = []
        var start = 0, end = 0, wordCount = 0
        var token = tokens.next()
        // A token that is not a word ("–") can still end a sentence; a sentence without words is dropped.
        while let current = token {
            let next = tokens.next()
            if isWord(current, bytes: bytes) {
                if wordCount == 0 { start = current.lowerBound }
                end = current.upperBound
                wordCount += 1
            }
            if wordCount > 0 && mayEndSentence(current, bytes: bytes)
                && endsSentence(substring(current, of: text), next: next.map { substring($0, of: text) }) {
                sentences.append(Sentence(bytes: start..<end, wordCount: wordCount))
                wordCount = 0
            }
            token = next
        }
        if wordCount > 0 { sentences.append(Sentence(bytes: start..<end, wordCount: wordCount)) }
        return sentences
    }

    /// The runs of UTF-8 text between white space (as `String.isSpace` tells it), as offsets.
    struct ByteTokens {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int

        /// The tokens of `bytes[start..<end]`; both ends must be on scalar boundaries.
        init(bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
            self.bytes = bytes
            index = start
            self.end = end
        }

        mutating func next() -> Range<Int>? {
            var start: Int?
            while index < end {
                let (scalar, length) = bytes.scalar(at: index)
                let isSpace = String.isSpace(scalar)
                if isSpace, let first = start { return first..<index }
                if !isSpace && start == nil { start = index }
                index += length
            }
            return start.map { $0..<end }
        }
    }

    /// Whether a token holds a letter or a digit (so "–" and "&" are not words).
    static func isWord(_ token: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = token.lowerBound
        while index < token.upperBound {
            let (scalar, length) = bytes.scalar(at: index)
            if String.isLetterOrDigit(scalar) { return true }
            index += length
        }
        return false
    }

    /// Whether a token's last scalar is one a sentence can end with (`.!?` or a closer), found
    /// from its last bytes: most words end in a letter, and need no look at their characters.
    static func mayEndSentence(_ token: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = bytes[token.upperBound - 1]
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: ")"), UInt8(ascii: "]"):
            return true
        case 0x9D, 0x99:  // the last byte of ” (E2 80 9D) or ’ (E2 80 99)
            return token.count >= 3 && bytes[token.upperBound - 3] == 0xE2 && bytes[token.upperBound - 2] == 0x80
        default:
            return false
        }
    }

    static func substring(_ range: Range<Int>, of text: String) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }
}
