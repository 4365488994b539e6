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
    /// Runs over every paragraph of every page, so it works on the UTF-8 bytes: a token that is
    /// all ASCII (nearly every one) is judged byte by byte, and any other token by its
    /// characters, as the rules above say.
    static func sentences(in text: String) -> [Sentence] {
        var tokens = String.WhitespaceTokens(text)
        var sentences: [Sentence] = []
        var start = 0, end = 0, wordCount = 0
        var token = tokens.next()
        // A token that is not a word ("–") can still end a sentence; a sentence without words is dropped.
        while let current = token {
            let next = tokens.next()
            if isWord(current) {
                if wordCount == 0 { start = offset(of: current.startIndex, in: text) }
                end = offset(of: current.endIndex, in: text)
                wordCount += 1
            }
            if wordCount > 0 && endsSentence(current, next: next) {
                sentences.append(Sentence(bytes: start..<end, wordCount: wordCount))
                wordCount = 0
            }
            token = next
        }
        if wordCount > 0 { sentences.append(Sentence(bytes: start..<end, wordCount: wordCount)) }
        return sentences
    }

    /// Abbreviations that end in a full stop without ending a sentence, in lower case.
    static let abbreviations: Set<String> = [
        "e.g.", "i.e.", "etc.", "cf.", "vs.", "viz.", "approx.", "incl.", "no.", "nos.",
        "mr.", "mrs.", "ms.", "dr.", "st.", "cllr.", "prof.", "rev.", "ltd.", "co.", "inc.",
    ]
}

// MARK: - Helpers

private extension PlainEnglishText {
    static func offset(of index: String.Index, in text: String) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    /// Whether a token holds a letter or a digit (so "–" and "&" are not words).
    static func isWord(_ token: Substring) -> Bool {
        token.isAllASCII ? token.utf8.contains(where: \.isASCIILetterOrDigit) : token.unicodeScalars.contains(where: String.isLetterOrDigit)
    }

    static func endsSentence(_ token: Substring, next: Substring?) -> Bool {
        // Most words end in a letter: that needs no look at characters.
        guard let lastScalar = token.unicodeScalars.last, lastScalar.isASCII ? ".!?\"')]".unicodeScalars.contains(lastScalar)
                : lastScalar == "”" || lastScalar == "’" else { return false }
        if token.isAllASCII, next?.isAllASCII ?? true { return asciiEndsSentence(token, next: next) }
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
    static func asciiEndsSentence(_ token: Substring, next: Substring?) -> Bool {
        var word = token.utf8
        while let last = word.last, asciiClosers.contains(last) { word.removeLast() }
        guard let mark = word.last, mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") else { return false }
        if mark == UInt8(ascii: ".") {
            if word.count <= longestAbbreviation, abbreviations.contains(String(Substring(word)).lowercased()) { return false }
            if word.count == 2, let letter = word.first, letter &- 0x41 < 26 { return false }
        }
        guard let first = next?.utf8.first else { return true }
        return first &- 0x41 < 26 || first &- 0x30 < 10 || asciiOpeners.contains(first)
    }

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "["]
    static let asciiClosers = Set(closers.compactMap(\.asciiValue))
    static let asciiOpeners = Set(openers.compactMap(\.asciiValue))
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
}
