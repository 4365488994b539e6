@testable import DataTables
@testable import FrontMatter
@testable import SaferSiteKit

/// Front-matter nodes built by hand, standing in for the parser's output: each value is placed
/// at a line and column, as the parser would place it.
enum Node {
    static func text(_ text: String, _ line: Int, _ column: Int) -> FrontMatterNode {
        FrontMatterNode(.string(text), line: line, column: column)
    }

    static func int(_ number: Int, _ line: Int, _ column: Int) -> FrontMatterNode {
        FrontMatterNode(.int(number), line: line, column: column)
    }

    /// A float as the parser gives it: the Double, and the literal text money is read from.
    static func float(_ literal: String, _ line: Int, _ column: Int) -> FrontMatterNode {
        FrontMatterNode(.float(Double(literal) ?? .nan, literal: literal), line: line, column: column)
    }

    static func null(_ line: Int, _ column: Int) -> FrontMatterNode {
        FrontMatterNode(.null, line: line, column: column)
    }

    static func list(_ items: [FrontMatterNode], _ line: Int, _ column: Int) -> FrontMatterNode {
        FrontMatterNode(.sequence(items), line: line, column: column)
    }

    /// A mapping whose keys sit on their values' lines, `key: value`, so a key's column is the
    /// value's column less the key and ": ".
    static func map(_ entries: KeyValuePairs<String, FrontMatterNode>, _ line: Int, _ column: Int) -> FrontMatterNode {
        let entries = entries.map { key, value in
            let sameLine = value.line == line || !isCollection(value)
            return FrontMatterEntry(
                key: key, line: sameLine ? value.line : value.line - 1,
                column: sameLine ? max(1, value.column - key.count - 2) : column, value: value
            )
        }
        return FrontMatterNode(.mapping(entries), line: line, column: column)
    }

    private static func isCollection(_ node: FrontMatterNode) -> Bool {
        switch node.value {
        case .sequence, .mapping: true
        default: false
        }
    }
}

func number(_ text: String) -> ExactNumber {
    ExactNumber(parsing: text)!
}
