import Testing
@testable import SaferSiteKit

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
