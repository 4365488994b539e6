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

/// Text with place markers (`1️⃣`, `2️⃣`...) removed, and the line and column each marked.
/// Tests put a marker where a diagnostic should point, as swift-format's tests do.
struct MarkedText {
    var text = ""
    var markers: [String: (line: Int, column: Int)] = [:]

    init(_ marked: String) {
        var line = 1
        var column = 1
        for character in marked {
            if character.unicodeScalars.contains(where: { $0.value == 0x20E3 }) {
                markers[String(character)] = (line, column)
                continue
            }
            text.append(character)
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }

    /// Where marker `name` was.
    func location(_ name: String, file: String) -> SourceLocation {
        let place = markers[name] ?? (0, 0)
        return SourceLocation(file: file, line: place.line, column: place.column)
    }
}

func number(_ text: String) -> ExactNumber {
    ExactNumber(parsing: text)!
}
