import Foundation
@testable import FrontMatter
@testable import SaferSiteKit
import Testing
import TextSupport

@Suite("Text helpers")
struct StringHelpersTests {
    @Test("trimmed", arguments: [
        ("  a b  ", "a b"), ("\n\t x\r\n", "x"), ("\u{00A0}Café\u{2003}", "Café"), ("e\u{0301} ", "e\u{0301}"),
        ("   ", ""), ("", ""), ("x", "x"),
    ])
    func trimmed(text: String, expected: String) {
        #expect(text.trimmed() == expected)
        #expect(Substring(text).trimmed() == expected)
    }

    @Test("split at white space", arguments: [
        ("a  b\tc\nd", ["a", "b", "c", "d"]), ("  lead and trail  ", ["lead", "and", "trail"]),
        ("no\u{00A0}break", ["no", "break"]), ("", []),
    ])
    func whitespaceSeparated(text: String, expected: [String]) {
        #expect(text.whitespaceSeparated().map(String.init) == expected)
    }
}

@Suite("Byte search")
struct ByteSearchTests {
    @Test("memchr finds what a loop over the bytes finds, from any start")
    func agreesWithLoop() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...3, using: &generator) }
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let expected = bytes.indices.first { $0 >= start && bytes[$0] == 2 }
            #expect(bytes.withUnsafeBufferPointer { $0.firstOffset(of: 2, from: start) } == expected)
        }
        #expect("café\r".containsUTF8Byte(13) && !"café".containsUTF8Byte(13) && !"".containsUTF8Byte(0))
    }

}

@Suite("LF line index")
struct LFLinesTests {
    @Test("the lines are the text split at every LF, empty lines and a last line without LF included")
    func agreesWithSplit() {
        var generator = SeededGenerator(seed: 13)
        let pieces = ["a", "\n", "é", " ", "🚓", "\n\n", "e\u{301}"]
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let lines = LFLines(text)
            let expected = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
            #expect(lines.count == expected.count)
            #expect((0..<lines.count).map { lines[$0] } == expected, "\(text.debugDescription)")
        }
    }

    @Test("a text's places agree with searching each line, from the line asked for on, columns in characters")
    func occurrencesAgreeWithLines() {
        var generator = SeededGenerator(seed: 17)
        let pieces = ["ab", "\n", "é", " ", "🚓", "a", "b", "aba"]
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let lines = LFLines(text)
            let from = Int.random(in: 0..<lines.count, using: &generator)
            var expected: [Int] = []
            for index in from..<lines.count {
                let line = String(lines[index])
                var start = line.startIndex
                while let found = line.range(of: "ab", range: start..<line.endIndex) {
                    expected += [index, line.distance(from: line.startIndex, to: found.lowerBound) + 1]
                    start = found.upperBound
                }
            }
            #expect(lines.occurrences(of: "ab", fromLine: from).flatMap { [$0.line, $0.column] } == expected, "\(text.debugDescription)")
        }
    }
}

@Suite("Decoding a scalar from its bytes")
struct ScalarAtTests {
    @Test("walking a text by `scalar(at:)` gives its scalars, of every length, in order")
    func everyLength() {
        var generator = SeededGenerator(seed: 5)
        let samples: [Unicode.Scalar] = ["a", "~", "\u{7F}", "\u{80}", "é", "\u{7FF}", "\u{800}", "’", "\u{FFFD}", "\u{FFFF}",
                                         "\u{10000}", "😀", "\u{10FFFF}"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...20, using: &generator) { text.unicodeScalars.append(samples.randomElement(using: &generator)!) }
            var decoded: [Unicode.Scalar] = []
            var copy = text
            copy.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = bytes.scalar(at: index)
                    decoded.append(scalar)
                    index += length
                }
            }
            #expect(decoded == Array(text.unicodeScalars), "\(text.debugDescription)")
        }
    }
}
