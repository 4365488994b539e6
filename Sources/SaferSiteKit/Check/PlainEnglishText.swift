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
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: bytes.lowerBound)
            let end = text.utf8.index(start, offsetBy: bytes.count)
            return String.WhitespaceTokens(text, from: start, to: end).filter(PlainEnglishText.isWord)
        }
    }

    /// The sentences of a text.
    ///
    /// Runs over every paragraph of every page, so it works on the UTF-8 bytes with offsets
    /// rather than `String.Index`: a token that is all ASCII (nearly every one) is judged byte by
    /// byte, and any other token by its characters, as the rules above say.
    static func sentences(in text: String) -> [Sentence] {
        var contiguous = text
        return contiguous.withUTF8 { sentences(in: text, bytes: $0) }
    }

    /// Abbreviations that end in a full stop without ending a sentence, in lower case.
    static let abbreviations: Set<String> = [
        "e.g.", "i.e.", "etc.", "cf.", "vs.", "viz.", "approx.", "incl.", "no.", "nos.",
        "mr.", "mrs.", "ms.", "dr.", "st.", "cllr.", "prof.", "rev.", "ltd.", "co.", "inc.",
    ]
}

// MARK: - Helpers

private extension PlainEnglishText {
    /// A run of text between white space, as offsets into the text's UTF-8.
    struct Token {
        var bytes: Range<Int>
        /// Whether every byte is ASCII, so every byte is a character.
        var isASCII: Bool
    }

    static func sentences(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var tokens = ByteTokens(bytes: bytes)
        var sentences: [Sentence] = []
        var start = 0, end = 0, wordCount = 0
        var token = tokens.next()
        // A token that is not a word ("–") can still end a sentence; a sentence without words is dropped.
        while let current = token {
            let next = tokens.next()
            if isWord(current, bytes: bytes) {
                if wordCount == 0 { start = current.bytes.lowerBound }
                end = current.bytes.upperBound
                wordCount += 1
            }
            if wordCount > 0 && endsSentence(current, next: next, bytes: bytes, text: text) {
                sentences.append(Sentence(bytes: start..<end, wordCount: wordCount))
                wordCount = 0
            }
            token = next
        }
        if wordCount > 0 { sentences.append(Sentence(bytes: start..<end, wordCount: wordCount)) }
        return sentences
    }

    /// The tokens of UTF-8 text, split at white space as `String.WhitespaceTokens` splits it.
    struct ByteTokens {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func next() -> Token? {
            var start: Int?
            var isASCII = true
            while index < bytes.count {
                let byte = bytes[index]
                let isSpace: Bool, length: Int
                if byte < 0x80 {
                    isSpace = byte == 0x20 || byte &- 0x09 < 5
                    length = 1
                } else {
                    let (scalar, scalarLength) = bytes.scalar(at: index)
                    isSpace = String.isSpace(scalar)
                    length = scalarLength
                    if !isSpace { isASCII = false }
                }
                if isSpace, let first = start { return Token(bytes: first..<index, isASCII: isASCII) }
                if !isSpace && start == nil { start = index }
                index += length
            }
            return start.map { Token(bytes: $0..<bytes.count, isASCII: isASCII) }
        }
    }

    /// Whether a token holds a letter or a digit (so "–" and "&" are not words).
    static func isWord(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = token.bytes.lowerBound
        while index < token.bytes.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte.isASCIILetterOrDigit { return true }
                index += 1
            } else {
                let (scalar, length) = bytes.scalar(at: index)
                if String.isLetterOrDigit(scalar) { return true }
                index += length
            }
        }
        return false
    }

    static func endsSentence(_ token: Token, next: Token?, bytes: UnsafeBufferPointer<UInt8>, text: String) -> Bool {
        guard token.isASCII, next?.isASCII ?? true else {
            return endsSentence(substring(token.bytes, of: text), next: next.map { substring($0.bytes, of: text) })
        }
        // Most words end in a letter: that needs no further look.
        guard let last = bytes[token.bytes].last, asciiMarksAndClosers.contains(last) else { return false }
        return asciiEndsSentence(bytes[token.bytes], next: next.map { bytes[$0.bytes] })
    }

    /// Whether a token holds a letter or a digit, for callers that have it as text.
    static func isWord(_ token: Substring) -> Bool {
        token.isAllASCII ? token.utf8.contains(where: \.isASCIILetterOrDigit) : token.unicodeScalars.contains(where: String.isLetterOrDigit)
    }

    static func substring(_ range: Range<Int>, of text: String) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// `endsSentence` for a token beyond ASCII, judged by its characters.
    static func endsSentence(_ token: Substring, next: Substring?) -> Bool {
        guard let lastScalar = token.unicodeScalars.last, lastScalar.isASCII ? ".!?\"')]".unicodeScalars.contains(lastScalar)
                : lastScalar == "”" || lastScalar == "’" else { return false }
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

    /// `endsSentence` for ASCII tokens, where every byte is a character.
    static func asciiEndsSentence(_ token: Slice<UnsafeBufferPointer<UInt8>>, next: Slice<UnsafeBufferPointer<UInt8>>?) -> Bool {
        var word = token
        while let last = word.last, asciiClosers.contains(last) { word.removeLast() }
        guard let mark = word.last, mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") else { return false }
        if mark == UInt8(ascii: ".") {
            if word.count <= longestAbbreviation, abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased()) { return false }
            if word.count == 2, let letter = word.first, letter &- 0x41 < 26 { return false }
        }
        guard let first = next?.first else { return true }
        return first &- 0x41 < 26 || first &- 0x30 < 10 || asciiOpeners.contains(first)
    }

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "["]
    static let asciiClosers = Set(closers.compactMap(\.asciiValue))
    static let asciiOpeners = Set(openers.compactMap(\.asciiValue))
    /// The ASCII bytes a sentence can end with: a mark, or a closer after one.
    static let asciiMarksAndClosers = asciiClosers.union([UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")])
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
}
