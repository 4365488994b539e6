/// A problem found in the site's input, reported by any stage of the build.
///
/// Every stage speaks through this one type, so the command line prints every finding the same
/// way a compiler does: `content/about.md:7:12: error: message`, the source line, a caret, and a hint.
public struct Diagnostic: Sendable, Hashable, Error {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error
        case warning
        case note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    /// Whether the finding stops the build.
    public var severity: Severity
    /// Where in the source the problem is.
    public var location: SourceLocation
    /// What is wrong, in plain words.
    public var message: String
    /// How to put it right, when we can say.
    public var hint: String?
    /// The text of the source line the location points into, shown under the message with a caret.
    public var sourceLine: String?
    /// A short stable name for the check that found it (e.g. `broken-link`), used to silence a check.
    public var code: String?

    /// Creates a finding.
    public init(
        _ severity: Severity,
        at location: SourceLocation,
        _ message: String,
        hint: String? = nil,
        sourceLine: String? = nil,
        code: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
        self.code = code
    }

    /// An error at a location.
    public static func error(
        _ message: String, at location: SourceLocation, hint: String? = nil,
        sourceLine: String? = nil, code: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, sourceLine: sourceLine, code: code)
    }

    /// A warning at a location.
    public static func warning(
        _ message: String, at location: SourceLocation, hint: String? = nil,
        sourceLine: String? = nil, code: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, sourceLine: sourceLine, code: code)
    }

    /// Whether `a` comes before `b` in display order: by file, line, column, then severity and message.
    static func precedesForDisplay(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity < b.severity }
        return a.message < b.message
    }
}

public extension Array where Element == Diagnostic {
    /// Whether any finding is an error.
    var hasErrors: Bool { contains { $0.severity == .error } }

    /// Findings in a stable order: by file, line, column, then severity and message.
    func sortedForDisplay() -> [Diagnostic] {
        sorted(by: Diagnostic.precedesForDisplay)
    }

    /// Whether the findings are in display order (`sortedForDisplay()`) already.
    var isSortedForDisplay: Bool {
        indices.dropFirst().allSatisfy { !Diagnostic.precedesForDisplay(self[$0], self[$0 - 1]) }
    }

    /// `sortedForDisplay()` with each finding shown once: the same finding can be reached twice
    /// (a page parsed and then checked). Findings that tie in display order keep the order they
    /// came in, and of two equal findings the first is kept.
    ///
    /// Equal findings tie, so they end up side by side with the other ties; only those runs are
    /// compared, rather than every finding being hashed into a set.
    func uniqueSortedForDisplay() -> [Diagnostic] {
        let order = indices.sorted { a, b in
            let left = self[a], right = self[b]
            if left.location != right.location { return left.location < right.location }
            if left.severity != right.severity { return left.severity < right.severity }
            if left.message != right.message { return left.message < right.message }
            return a < b
        }
        var result: [Diagnostic] = []
        result.reserveCapacity(count)
        var tieStart = 0
        for index in order {
            let finding = self[index]
            if let last = result.last, last.location == finding.location, last.severity == finding.severity,
               last.message == finding.message {
                if result[tieStart...].contains(finding) { continue }
            } else {
                tieStart = result.count
            }
            result.append(finding)
        }
        return result
    }
}
