@testable import SaferSiteKit
import Testing

@Suite("Counting sentences and words")
struct PlainEnglishTextTests {
    @Test("sentences end at . ! ? before a capital, a digit or a quote", arguments: [
        ("One. Two! Three? Four", [1, 1, 1, 1]),
        ("Crime fell by 9.5% in Oxford. It rose in Banbury.", [6, 4]),
        ("Partners, e.g. the police, meet monthly. Dr. Smith chairs it.", [6, 4]),
        ("J. Smith spoke. \"Good,\" she said.", [3, 3]),
        ("It ended (see the report.) Then a new one began.", [5, 5]),
        ("Lower case after a full stop. continues the sentence", [9]),
        ("Dashes – and & signs do not count as words.", [8]),
        // Tokens beyond ASCII are judged by their characters.
        ("The plan “worked.” Then it ended.", [3, 3]),
        ("Un café. Été est là.", [2, 3]),
        ("Un café. été suit", [4]),
    ])
    func sentences(text: String, wordCounts: [Int]) {
        let sentences = PlainEnglishText.sentences(in: text)
        #expect(sentences.map(\.wordCount) == wordCounts)
        #expect(sentences.map { $0.words(in: text).count } == wordCounts)
    }
}

@Suite("Sentences found byte by byte agree with a reading by characters")
struct PlainEnglishTextOracleTests {
    /// Pieces that exercise every rule: marks, closers, openers, abbreviations, initials,
    /// numbers, capitals beyond ASCII, curly quotes and white space beyond ASCII.
    static let pieces = ["One", "two", "Été", "été", "café.", "9.5%", "e.g.", "Dr.", "J.", "St.", "–", "&", ".", "!", "?",
                         "\"", "'", ")", "]", "(", "[", "“", "”", "‘", "’", "😀", "\u{600})", "İ.", "\u{212A}.", "worked.”", "it’s", "end.)", "Yes!\"", "no?’",
                         "A", "b", "2024", "x́", "\u{301}é", "\u{301}", " ", " ", "  ", "\t", "\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\r\n"]

    @Test("2,000 random texts")
    func randomTexts() {
        var generator = SeededGenerator(seed: 41)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...30, using: &generator)
            var text = ""
            for _ in 0..<count {
                text += Self.pieces.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += " " }
            }
            let found = PlainEnglishText.sentences(in: text)
            let expected = Self.sentencesByCharacters(text)
            #expect(found.map(\.bytes) == expected.map(\.bytes), "\(text.debugDescription)")
            #expect(found.map(\.wordCount) == expected.map(\.wordCount), "\(text.debugDescription)")
            #expect(found.map { $0.words(in: text).count } == expected.map(\.wordCount), "\(text.debugDescription)")
        }
    }

    /// The rules read with no byte shortcuts: tokens split at white space scalars (a combining
    /// mark after a space starts the next token), each judged by its characters.
    static func sentencesByCharacters(_ text: String) -> [(bytes: Range<Int>, wordCount: Int)] {
        let tokens = text.unicodeScalars.split(whereSeparator: String.isSpace).map { Substring($0) }
        var result: [(Range<Int>, Int)] = []
        var start = 0, end = 0, words = 0
        for (index, token) in tokens.enumerated() {
            if token.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                if words == 0 { start = text.utf8.distance(from: text.startIndex, to: token.startIndex) }
                end = text.utf8.distance(from: text.startIndex, to: token.endIndex)
                words += 1
            }
            if words > 0 && endsSentence(token, next: index + 1 < tokens.count ? tokens[index + 1] : nil) {
                result.append((start..<end, words))
                words = 0
            }
        }
        if words > 0 { result.append((start..<end, words)) }
        return result
    }

    static func endsSentence(_ token: Substring, next: Substring?) -> Bool {
        var word = token
        while let last = word.last, ["\"", "'", "”", "’", ")", "]"].contains(last) { word.removeLast() }
        guard let mark = word.last, mark == "." || mark == "!" || mark == "?" else { return false }
        if mark == "." {
            if PlainEnglishText.abbreviations.contains(word.lowercased()) { return false }
            let letters = word.dropLast()
            if letters.count == 1, letters.first?.isUppercase == true { return false }
        }
        guard let next, let first = next.first else { return true }
        return first.isUppercase || first.isNumber || ["\"", "'", "“", "‘", "(", "["].contains(first)
    }
}
