import Diagnostics
import FrontMatter
import TextSupport

/// The state of decoding one data file: where it is, and the problems found so far.
///
/// Helpers read typed values out of front-matter nodes and record a located diagnostic (with a
/// hint) whenever a value is missing or of the wrong kind, so one pass reports every problem.
struct DataDecoding {
    /// The site-relative path of the file being read.
    var file: String
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []

    /// Records an error at a line and column of the file.
    mutating func error(_ message: String, line: Int, column: Int, hint: String? = nil, code: String = DataMessages.code) {
        diagnostics.append(.error(
            message, at: SourceLocation(file: file, line: line, column: column), hint: hint, code: code
        ))
    }

    /// Records an error at a node.
    mutating func error(_ message: String, at node: FrontMatterNode, hint: String? = nil) {
        error(message, line: node.line, column: node.column, hint: hint)
    }

    /// The entries of a mapping node, or nil (with an error) when it is something else.
    mutating func entries(of node: FrontMatterNode, what: String, known: [String]) -> Fields? {
        guard case .mapping(let entries) = node.value else {
            error(DataMessages.notAMapping(what, found: node.value), at: node)
            return nil
        }
        for entry in entries where !known.contains(entry.key) {
            error(
                DataMessages.unknownKey(entry.key, in: what), line: entry.line, column: entry.column,
                hint: DataMessages.unknownKeyHint(suggestion: Self.closest(to: entry.key, in: known), known: known)
            )
        }
        return Fields(node: node, entries: entries, what: what)
    }

    /// The text of a scalar (numbers and dates are taken as written); nil with an error otherwise.
    mutating func text(_ node: FrontMatterNode, key: String) -> String? {
        let text: String
        switch node.value {
        case .string(let string): text = string.trimmedForData()
        case .int(let number): text = String(number)
        case .float(_, let literal): text = literal
        case .date(let date): text = date.iso8601
        case .bool(let flag): text = flag ? "true" : "false"
        default:
            error(DataMessages.wrongType(key, expected: "text", found: node.value), at: node)
            return nil
        }
        guard !text.isEmpty else {
            error(DataMessages.emptyText, at: node)
            return nil
        }
        return text
    }

    /// An exact number from a whole number, a number's literal text, or a string such as
    /// `"12,500.50"`. Never read from the floating-point value.
    mutating func number(_ node: FrontMatterNode, key: String) -> ExactNumber? {
        let text: String
        switch node.value {
        case .int(let number): return ExactNumber(units: number)
        case .float(_, let literal): text = literal
        case .string(let string): text = string
        default:
            error(DataMessages.wrongType(key, expected: "a number", found: node.value), at: node)
            return nil
        }
        guard let number = ExactNumber(parsing: text) else {
            error(DataMessages.notANumber(text), at: node, hint: DataMessages.notANumberHint)
            return nil
        }
        return number
    }

    /// The items of a list node; nil with an error otherwise.
    mutating func list(_ node: FrontMatterNode, key: String) -> [FrontMatterNode]? {
        guard case .sequence(let items) = node.value else {
            error(DataMessages.wrongType(key, expected: "a list", found: node.value), at: node)
            return nil
        }
        return items
    }

    /// A list of text, e.g. periods or notes.
    mutating func texts(_ node: FrontMatterNode, key: String) -> [String]? {
        guard let items = list(node, key: key) else { return nil }
        let texts = items.compactMap { text($0, key: key) }
        return texts.count == items.count ? texts : nil
    }

    /// One of a fixed set of words, e.g. `lower`/`higher`.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: FrontMatterNode, key: String, as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        guard let word = text(node, key: key) else { return nil }
        guard let choice = Choice(rawValue: word.lowercased()) else {
            error(DataMessages.unknownChoice(key, word, choices: Choice.allCases.map(\.rawValue)), at: node)
            return nil
        }
        return choice
    }
}

// MARK: - Fields

extension DataDecoding {
    /// The entries of one mapping, looked up by key.
    struct Fields {
        /// The mapping itself, for errors about a missing key.
        var node: FrontMatterNode
        /// Its entries in the order written.
        var entries: [FrontMatterEntry]
        /// What it is, in words, e.g. "a trend row".
        var what: String

        /// The value of a key, if present.
        subscript(key: String) -> FrontMatterNode? {
            entries.first { $0.key == key }?.value
        }
    }

    /// The value of a required key; nil with an error at the mapping when it is missing.
    mutating func required(_ key: String, in fields: Fields) -> FrontMatterNode? {
        guard let node = fields[key], node.value != .null else {
            error(DataMessages.missingKey(key, in: fields.what), at: fields.node)
            return nil
        }
        return node
    }

    /// The value of an optional key, treating `null` as absent.
    func optional(_ key: String, in fields: Fields) -> FrontMatterNode? {
        guard let node = fields[key], node.value != .null else { return nil }
        return node
    }
}

// MARK: - Helpers

private extension DataDecoding {
    /// The known key nearest to a misspelt one, when it is close enough to be a typo.
    static func closest(to key: String, in known: [String]) -> String? {
        let scored = known.map { ($0, EditDistance.between(key.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, key.count / 3) else { return nil }
        return best.0
    }
}
