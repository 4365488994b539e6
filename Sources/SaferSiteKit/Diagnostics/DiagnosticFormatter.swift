/// Turns diagnostics into the text a person reads in a terminal, the way a compiler prints them.
///
/// ```
/// content/about.md:3:8: error: a tab is used for indentation
///     	title: About
///     ^
///   hint: indent with spaces; YAML does not allow tabs
/// ```
public struct DiagnosticFormatter: Sendable {
    /// Whether to colour the severity with ANSI escapes (only on a terminal, never with NO_COLOR).
    public var useColour: Bool

    /// Creates a formatter.
    public init(useColour: Bool = false) {
        self.useColour = useColour
    }

    /// The full text for one diagnostic, ending with a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        let location = "\(diagnostic.location)".shownSafely()
        var text = "\(location): \(paint(diagnostic.severity)): \(diagnostic.message.shownSafely())\n"
        if let line = diagnostic.sourceLine {
            let shown = line.replacingTabsForDisplay().shownSafely()
            text += "    \(shown)\n"
            if diagnostic.location.column > 0 {
                text += "    " + caretPadding(line: line, column: diagnostic.location.column) + "^\n"
            }
        }
        if let hint = diagnostic.hint {
            text += "  hint: \(hint.shownSafely())\n"
        }
        return text
    }

    /// The text for many diagnostics, in display order (made on every core: a large site can
    /// have tens of thousands of warnings).
    public func format(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForDisplay()
        return ParallelMap.map(sorted.count, chunkSize: 256) { format(sorted[$0]) }.joined()
    }
}

// MARK: - Helpers

private extension DiagnosticFormatter {
    func paint(_ severity: Diagnostic.Severity) -> String {
        guard useColour else { return severity.rawValue }
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    /// Spaces up to the column; tabs are shown as one space, so one space each lines the caret up.
    func caretPadding(line: String, column: Int) -> String {
        // In ASCII (nearly every line) each byte is a character, and counting bytes is far quicker.
        String(repeating: " ", count: min(max(0, column - 1), line.isAllASCII ? line.utf8.count : line.count))
    }
}

private extension String {
    func replacingTabsForDisplay() -> String {
        utf8.contains(UInt8(ascii: "\t")) ? replacingOccurrences(of: "\t", with: " ") : self
    }

    /// Control characters (which a terminal obeys: ESC sequences can rewrite the screen) and hidden
    /// text-direction controls (which can disguise the line) shown as U+FFFD, one column each so
    /// the caret still lines up.
    func shownSafely() -> String {
        // Printable ASCII and line breaks (nearly every text) are safe: one pass over the bytes says so.
        if !utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A) || $0 >= 0x7F }) { return self }
        guard unicodeScalars.contains(where: Self.isUnsafeForTerminal) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { Self.isUnsafeForTerminal($0) ? "\u{FFFD}" : $0 }))
    }

    static func isUnsafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\n" || (0x7F...0x9F).contains(scalar.value) || SourceFile.isBidiControl(scalar)
    }
}
