import Foundation

/// Findings as the JSON `safersite check --format json` prints:
/// `{"diagnostics":[{"code","column","file","hint","line","message","severity"}...],"errors":N,"warnings":N}`.
///
/// Keys are sorted and findings are in display order, so the same site always gives the same
/// text. A missing hint or code is `null`, so every finding has every key.
public struct DiagnosticReportJSON: Sendable {
    /// The findings.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedForDisplay()
    }

    /// The JSON text, pretty-printed, ending with a newline.
    public func text() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let body = Body(diagnostics: diagnostics.map(Entry.init),
                        errors: diagnostics.filter { $0.severity == .error }.count,
                        warnings: diagnostics.filter { $0.severity == .warning }.count)
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(body)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

// MARK: - Helpers

private extension DiagnosticReportJSON {
    struct Body: Encodable {
        var diagnostics: [Entry]
        var errors: Int
        var warnings: Int
    }

    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
        var hint: String?
        var code: String?

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            hint = diagnostic.hint
            code = diagnostic.code
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
            try container.encode(code, forKey: .code)
        }

        enum CodingKeys: String, CodingKey {
            case file, line, column, severity, message, hint, code
        }
    }
}
