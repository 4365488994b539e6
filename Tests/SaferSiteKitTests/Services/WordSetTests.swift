@testable import SaferSiteKit
import Testing

@Suite("Word set")
struct WordSetTests {
    @Test("agrees with Set<String> on membership, through growth and across lengths")
    func agreesWithSet() {
        var generator = SeededGenerator(seed: 7)
        var words = WordSet(capacity: 4)
        var reference: Set<String> = []
        let alphabet = Array("abcé’-0".unicodeScalars)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...6, using: &generator)
            var word = ""
            for _ in 0..<length { word.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
            let inserted = Array(word.utf8).withUnsafeBufferPointer { words.insert($0) }
            #expect(inserted == reference.insert(word).inserted, "\(word.debugDescription)")
        }
        #expect(words.count == reference.count)
        #expect(reference.count > 1_000, "the set grew many times over")
    }
}
