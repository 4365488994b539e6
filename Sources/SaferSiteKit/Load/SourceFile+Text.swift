import Diagnostics
import Foundation
import TextSupport

extension SourceFile {
    /// The file's text, for the kinds the build reads as text (pages, settings, data, templates).
    ///
    /// The text is nil when the file is not UTF-8 text: bytes that are not UTF-8 (a Word document,
    /// a Latin-1 file, an image named `.md`), or NUL characters, which UTF-8 text never holds but a
    /// file saved as UTF-16 does on every other byte. Hidden text-direction controls (U+202A–U+202E,
    /// U+2066–U+2069) are an error at each line that holds one: they can make text display
    /// differently from how it reads (a title, a link, a figure), and right-to-left words display
    /// correctly without them. The text is still returned then, so the rest of the file is checked.
    package func text() -> (text: String?, diagnostics: [Diagnostic]) {
        // Most files are whole UTF-8 without a NUL: the standard library checks that fastest.
        if let text = String(validating: data, as: UTF8.self), !text.containsUTF8Byte(0) {
            return (text, Self.bidiControls(in: text, file: path))
        }
        let bytes = [UInt8](data)
        let valid = Self.validPrefixLength(bytes)
        guard valid == bytes.count else {
            let isNUL = bytes[valid] == 0
            return (nil, [textProblem(isNUL ? ParseMessages.notText : ParseMessages.notUTF8,
                                      hint: isNUL ? ParseMessages.notTextHint : ParseMessages.notUTF8Hint, prefix: bytes[..<valid])])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return (text, Self.bidiControls(in: text, file: path))
    }

    /// Whether the text holds a text-direction control, found by its UTF-8: E2 80 AA–AE
    /// (U+202A–U+202E) or E2 81 A6–A9 (U+2066–U+2069). Curly quotes and dashes start with E2
    /// too, so most pages have that byte; only the two after it tell.
    static func hasBidiControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while let lead = bytes.firstOffset(of: 0xE2, from: start) {
                if lead + 2 < bytes.count {
                    let second = bytes[lead + 1], third = bytes[lead + 2]
                    if second == 0x80 && (0xAA...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third) { return true }
                }
                start = lead + 1
            }
            return false
        }
    }
}

// MARK: - Helpers

private extension SourceFile {
    /// An error located just after the valid text `prefix` (line and column counted in it).
    func textProblem(_ message: String, hint: String, prefix: ArraySlice<UInt8>) -> Diagnostic {
        let valid = String(decoding: prefix, as: UTF8.self)
        var line = 1
        var column = 1
        for character in valid {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return Diagnostic(.error, at: SourceLocation(file: path, line: line, column: column), message, hint: hint, code: "encoding")
    }

    static func bidiControls(in text: String, file: String) -> [Diagnostic] {
        guard hasBidiControl(text) else { return [] }
        var diagnostics: [Diagnostic] = []
        var line = 1
        var column = 1
        var reported = 0
        for character in text {
            if character.isNewline { line += 1; column = 1; continue }
            if reported < line, let scalar = character.unicodeScalars.first(where: \.isBidiControl) {
                reported = line
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column),
                                              ParseMessages.bidiControl(scalar), hint: ParseMessages.bidiControlHint, code: "bidi-control"))
            }
            column += 1
        }
        return diagnostics
    }

}

extension SourceFile {
    /// How many bytes at the start are UTF-8 text without a NUL.
    static func validPrefixLength(_ bytes: [UInt8]) -> Int {
        var offset = 0
        while offset < bytes.count {
            let length = utf8Length(bytes, at: offset)
            guard length > 0 else { break }
            offset += length
        }
        return offset
    }

    /// The length of the valid, non-NUL UTF-8 sequence starting at `offset`, or 0 when there is none.
    private static func utf8Length(_ bytes: [UInt8], at offset: Int) -> Int {
        let length: Int
        switch bytes[offset] {
        case 0x00: return 0
        case 0x01...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard offset + length <= bytes.count else { return 0 }
        return String(validating: bytes[offset..<(offset + length)], as: UTF8.self) == nil ? 0 : length
    }
}
