@testable import FrontMatter
import Testing

/// `FrontMatterLine` steps over an ASCII scalar followed by another without asking the grapheme
/// rules; its scalars, columns and offsets must be what a plain reading by characters gives.
@Suite("Front matter line columns")
struct FrontMatterLineTests {
    /// Pieces that end or join characters: combining marks, a prepended mark, emoji with a joiner
    /// and a skin tone, flags, Hangul jamo, CR LF, and ASCII around them.
    static let pieces = ["a", "Z", "9", " ", "\t", ":", "-", "#", "é", "e", "\u{301}", "\u{308}", "\u{600}", "😀", "\u{200D}",
                         "👩", "\u{1F3FD}", "🇬", "🇧", "\u{1100}", "\u{1161}", "\r", "\n", "\r\n", "’", "\u{FEFF}", "title: x"]

    @Test("agrees with a reading character by character on 3,000 random lines")
    func againstCharacters() {
        var generator = SeededGenerator(seed: 23)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let line = FrontMatterLine(text: text, number: 1, hasNewline: true)
            let expected = Self.byCharacters(text)
            #expect(line.scalars == expected.scalars, "\(text.debugDescription)")
            #expect(line.columns == expected.columns, "\(text.debugDescription)")
            #expect(line.offsets == expected.offsets, "\(text.debugDescription)")
        }
    }

    @Test("a run of scalars is cut from the text at their offsets")
    func textOfScalars() {
        let source = FrontMatterSource(file: "p.md", lines: [FrontMatterLine(text: "é\u{301}x: 😀 y", number: 1, hasNewline: true)])
        #expect(source.text(line: 0, 0..<3) == "é\u{301}x")
        #expect(source.text(line: 0, 5..<7) == "😀 ")
    }

    /// The plain reading: each character's scalars get its 1-based column.
    static func byCharacters(_ text: String) -> (scalars: [Unicode.Scalar], columns: [Int], offsets: [Int]) {
        var scalars: [Unicode.Scalar] = [], columns: [Int] = [], offsets: [Int] = []
        var column = 1, offset = 0
        for character in text {
            for scalar in character.unicodeScalars {
                scalars.append(scalar)
                columns.append(column)
                offsets.append(offset)
                offset += String(scalar).utf8.count
            }
            column += 1
        }
        return (scalars, columns + [column], offsets + [offset])
    }
}
