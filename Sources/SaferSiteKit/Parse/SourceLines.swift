import Diagnostics

/// A file's text, to show the line a diagnostic points at.
///
/// Lines are found only when asked for: most pages never need one, and splitting every file
/// into lines up front was a noticeable share of a large build.
package struct SourceLines: Sendable {
    /// The file's path as shown in diagnostics.
    package var file: String
    private let text: String

    /// Keeps the text; lines end at LF, CRLF or a lone CR.
    package init(file: String, text: String) {
        self.file = file
        self.text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The text of a 1-based line, or nil past the end.
    package func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let bytes = text.utf8
        var start = bytes.startIndex
        var current = 1
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 10 || byte == 13 {
                if current == number { return String(text[start..<index]) }
                var next = bytes.index(after: index)
                if byte == 13, next < bytes.endIndex, bytes[next] == 10 { next = bytes.index(after: next) }
                current += 1
                start = next
                index = next
                continue
            }
            index = bytes.index(after: index)
        }
        return current == number && start <= bytes.endIndex ? String(text[start...]) : nil
    }

    /// A diagnostic at a line and column of this file, showing that line.
    package func diagnostic(
        _ severity: Diagnostic.Severity, line: Int, column: Int, _ message: String,
        hint: String? = nil, code: String? = nil
    ) -> Diagnostic {
        Diagnostic(severity, at: SourceLocation(file: file, line: line, column: column), message,
                   hint: hint, sourceLine: self.line(line), code: code)
    }
}
