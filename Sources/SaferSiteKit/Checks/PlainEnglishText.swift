/// Splits a paragraph's words into sentences and counts words, for the plain-English checks.
///
/// A word is a run of text between spaces that holds a letter or a digit, so "–" and "&" do not
/// count. A sentence ends at `.`, `!` or `?` (quotes and brackets may follow) when the next word
/// starts with a capital letter, a digit, a quote or a bracket, or the text ends. Common
/// abbreviations ("e.g.", "Dr.") and initials ("J. Smith") do not end a sentence, and neither
/// does a full stop inside a number ("9.5%").
enum PlainEnglishText {
    /// The words of a text.
    static func words(in text: String) -> [Substring] {
        text.whitespaceSeparated().filter(isWord)
    }

    /// The sentences of a text, each as its words.
    static func sentences(in text: String) -> [[Substring]] {
        let tokens = text.whitespaceSeparated()
        var sentences: [[Substring]] = []
        var current: [Substring] = []
        // A token that is not a word ("–") can still end a sentence; a sentence without words is dropped.
        for (index, token) in tokens.enumerated() {
            if isWord(token) { current.append(token) }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if endsSentence(token, next: next) && !current.isEmpty {
                sentences.append(current)
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
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
    /// Whether a token holds a letter or a digit (so "–" and "&" are not words).
    static func isWord(_ token: Substring) -> Bool {
        token.unicodeScalars.contains(where: String.isLetterOrDigit)
    }

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "["]

    static func endsSentence(_ token: Substring, next: Substring?) -> Bool {
        // Most words end in a letter: that needs no look at characters.
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
}
