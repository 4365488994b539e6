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
        var bytes: [UInt8] = []
        append(diagnostic, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text for many diagnostics, in display order.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        String(decoding: formattedBytes(diagnostics), as: UTF8.self)
    }

    /// `format(_:)` as UTF-8, made straight into bytes, without a string for each part of each
    /// finding: a large site can have tens of thousands of warnings.
    public func formattedBytes(_ diagnostics: [Diagnostic]) -> [UInt8] {
        // A build's findings come in display order already.
        let sorted = diagnostics.isSortedForDisplay ? diagnostics : diagnostics.sortedForDisplay()
        var bytes: [UInt8] = []
        for index in sorted.indices { append(sorted[index], to: &bytes, showingLine: Self.showsLine(of: sorted, at: index)) }
        return bytes
    }
}

// MARK: - Helpers

public extension DiagnosticFormatter {
    /// One line of text for the terminal, as a finding's parts are shown: control characters,
    /// line breaks and text-direction controls as U+FFFD. For what the command line prints besides
    /// findings (a build error naming a file, the summary naming the output folder).
    static func shownSafely(_ text: String) -> String {
        text.shownSafely()
    }
}

extension DiagnosticFormatter {
    /// How many findings on one line show an excerpt of it; those after show their message and
    /// hint alone. Each excerpt costs a walk to its column, so a line of a megabyte with a
    /// thousand findings costs at most this many walks, and the output stays in proportion to
    /// the page rather than to the page times its findings.
    static let excerptsPerLine = 10

    /// Whether the finding at `index` of findings in display order shows its source line: unless
    /// `excerptsPerLine` findings before it on the same line did already.
    static func showsLine(of sorted: [Diagnostic], at index: Int) -> Bool {
        guard index >= excerptsPerLine else { return true }
        let earlier = sorted[index - excerptsPerLine].location, here = sorted[index].location
        return earlier.line != here.line || earlier.file != here.file
    }

    /// Adds `format(diagnostic)`'s bytes to `bytes`; with `showingLine` false, without the
    /// source line and caret.
    func append(_ diagnostic: Diagnostic, to bytes: inout [UInt8], showingLine: Bool = true) {
        let location = diagnostic.location
        bytes.appendShownSafely(location.file)
        if location.line > 0 {
            bytes.append(UInt8(ascii: ":"))
            bytes.appendDecimal(location.line)
            if location.column > 0 {
                bytes.append(UInt8(ascii: ":"))
                bytes.appendDecimal(location.column)
            }
        }
        bytes += ": ".utf8
        bytes += paint(diagnostic.severity).utf8
        bytes += ": ".utf8
        bytes.appendShownSafely(diagnostic.message)
        bytes.append(UInt8(ascii: "\n"))
        if showingLine, let line = diagnostic.sourceLine {
            let excerpt = SourceExcerpt(line: line, column: location.column)
            bytes += "    ".utf8
            bytes.appendShownSafely(excerpt.text.replacingTabsForDisplay())
            bytes.append(UInt8(ascii: "\n"))
            if location.column > 0 {
                bytes += "    ".utf8
                bytes += repeatElement(UInt8(ascii: " "), count: excerpt.caretPadding)
                bytes += "^\n".utf8
            }
        }
        if let hint = diagnostic.hint {
            bytes += "  hint: ".utf8
            bytes.appendShownSafely(hint)
            bytes.append(UInt8(ascii: "\n"))
        }
    }
}

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

}

private extension [UInt8] {
    /// The text's bytes, as `shownSafely()` shows it.
    mutating func appendShownSafely(_ text: String) {
        var text = text
        let safe = text.withUTF8 { bytes in
            // Printable ASCII (nearly every text) is safe: one pass over the bytes says so.
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
            append(contentsOf: bytes)
            return true
        }
        if !safe { self += text.shownSafely().utf8 }
    }

    mutating func appendDecimal(_ number: Int) {
        self += String(number).utf8
    }
}

private extension String {
    func replacingTabsForDisplay() -> String {
        utf8.contains(UInt8(ascii: "\t")) ? replacingOccurrences(of: "\t", with: " ") : self
    }

    /// Control characters (which a terminal obeys: ESC sequences can rewrite the screen), line
    /// breaks (a file name holding one could pass for a finding of its own) and hidden
    /// text-direction controls (which can disguise the line) shown as U+FFFD, one column each so
    /// the caret still lines up. Every part of a finding is one line.
    func shownSafely() -> String {
        // Printable ASCII (nearly every text) is safe: one pass over the bytes says so.
        if !utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) { return self }
        guard unicodeScalars.contains(where: Self.isUnsafeForTerminal) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { Self.isUnsafeForTerminal($0) ? "\u{FFFD}" : $0 }))
    }

    static func isUnsafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.isBidiControl
    }
}
