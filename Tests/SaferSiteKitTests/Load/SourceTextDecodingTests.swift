@testable import Diagnostics
import Foundation
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// How the build reads a file as text: UTF-8 or nothing, NUL bytes refused, and hidden
/// text-direction controls reported where they are.
struct SourceTextDecodingTests {
    static func file(_ bytes: [UInt8]) -> SourceFile {
        SourceFile(path: "content/page.md", kind: .page, data: Data(bytes))
    }

    @Test("bytes that are not UTF-8 text give no text and one error at the first bad byte", arguments: [
        ([0x61, 0x0A, 0x62, 0x63, 0xE9, 0x0A], 2, 3, ParseMessages.notUTF8),        // Latin-1 é
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], 1, 1, ParseMessages.notUTF8), // PNG
        ([0x2D, 0x00, 0x2D, 0x00], 1, 2, ParseMessages.notText),                     // UTF-16LE "--"
        ([0xFF, 0xFE, 0x2D, 0x00], 1, 1, ParseMessages.notUTF8),                     // UTF-16LE with BOM
        ([0x61, 0x0D, 0x0A, 0x62, 0x00], 2, 2, ParseMessages.notText),               // CRLF counted once
        ([0x61, 0xED, 0xA0, 0x80], 1, 2, ParseMessages.notUTF8),                     // a UTF-16 surrogate encoded
        ([0x61, 0xE2, 0x82], 1, 2, ParseMessages.notUTF8),                           // cut off mid-character
    ] as [([UInt8], Int, Int, String)])
    func notText(_ bytes: [UInt8], _ line: Int, _ column: Int, _ message: String) {
        let (text, diagnostics) = Self.file(bytes).text()
        #expect(text == nil)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.location == SourceLocation(file: "content/page.md", line: line, column: column))
    }

    @Test("UTF-8 text, with or without a byte order mark, is read as it is", arguments: ["", "---\ntitle: Café\n---\n", "\u{FEFF}a\r\nb\rc"])
    func text(_ written: String) {
        let (text, diagnostics) = Self.file(Array(written.utf8)).text()
        #expect(text == written)
        #expect(diagnostics.isEmpty)
    }

    @Test("each line holding a hidden text-direction control is an error at its first one", arguments: [
        "title: 1️⃣\u{202E}txt.exe\u{202C}", "a\nb 1️⃣\u{2067}999\u{2069}", "a\r\nb\r1️⃣\u{202D}c", "x\u{200F} 1️⃣\u{202B}y",
    ])
    func bidiControls(_ marked: String) {
        let input = MarkedText(marked)
        let (text, diagnostics) = Self.file(Array(input.text.utf8)).text()
        #expect(text == input.text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "content/page.md", line: input.line, column: input.column))
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.hasPrefix("this line holds a hidden text-direction character (U+") == true)
    }

    @Test("the whole-file check and the byte-by-byte one agree on what is text, on random bytes")
    func fastAndSlowDecodingAgree() {
        var generator = SeededGenerator(seed: 5)
        // Pieces that make valid text, broken text and NULs, so every outcome comes up often.
        let pieces: [[UInt8]] = [[0x61], [0x0A], [0x00], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x9A, 0x93],
                                 [0xE9], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xFF]]
        var outcomes: Set<Bool> = []
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                // Mostly valid pieces, so that many files come out whole.
                let piece = Int.random(in: 0..<10, using: &generator) < 8 ? pieces[[0, 1, 3, 4, 5].randomElement(using: &generator)!]
                    : pieces.randomElement(using: &generator)!
                bytes += piece
            }
            let whole = SourceFile.validPrefixLength(bytes) == bytes.count
            let (text, diagnostics) = Self.file(bytes).text()
            #expect((text != nil) == whole, "\(bytes)")
            #expect(text == (whole ? String(decoding: bytes, as: UTF8.self) : nil))
            #expect(whole || diagnostics.count == 1)
            outcomes.insert(whole)
        }
        #expect(outcomes == [true, false])
    }

    @Test("text-direction controls are found by their bytes exactly when a scalar is one, among their neighbours")
    func bidiControlByBytes() {
        var generator = SeededGenerator(seed: 9)
        // The controls, and characters whose UTF-8 differs from one of theirs only in the last byte or two.
        let scalars: [Unicode.Scalar] = ["a", "\u{2019}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}",
                                         "\u{2069}", "\u{206A}", "\u{20AC}", "\u{E2}", "\u{1F6A8}"]
        var outcomes: Set<Bool> = []
        for _ in 0..<3_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                text.append(Int.random(in: 0..<4, using: &generator) == 0 ? scalars.randomElement(using: &generator)! : "\u{2019}")
            }
            let string = String(text)
            let expected = string.unicodeScalars.contains(where: \.isBidiControl)
            #expect(SourceFile.hasBidiControl(string) == expected, "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
            outcomes.insert(expected)
        }
        #expect(outcomes == [true, false])
    }

    @Test("a right-to-left mark alone is ordinary text")
    func rightToLeftMark() {
        #expect(Self.file(Array("مرحبا \u{200F}hello".utf8)).text().diagnostics.isEmpty)
    }

    @Test("control and direction characters are shown as U+FFFD in the terminal, keeping the caret in place")
    func formatterShowsControlsSafely() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "content/a\u{1B}[2J.md", line: 1, column: 5),
                                    "bad \u{1B}]0;title\u{07}", hint: "fix \u{9B}31m", sourceLine: "ab\u{202E}d\u{1B}x")
        let shown = DiagnosticFormatter().format(diagnostic)
        #expect(shown == "content/a\u{FFFD}[2J.md:1:5: error: bad \u{FFFD}]0;title\u{FFFD}\n    ab\u{FFFD}d\u{FFFD}x\n        ^\n  hint: fix \u{FFFD}31m\n")
    }
}
