@testable import FrontMatter
@testable import SaferSiteKit

/// A parsed JSON value that keeps object keys in order, for comparing JSON texts by meaning:
/// `1.0` equals `1.00`, but `1` (a whole number) does not equal `1.0`, and key order counts.
indirect enum JSONTree: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(String)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([(String, JSONTree)])

    /// Parses JSON text; nil when it is not valid JSON.
    init?(parsing text: String) {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        guard let value = reader.value() else { return nil }
        reader.skipWhitespace()
        guard reader.index == reader.scalars.count else { return nil }
        self = value
    }

    static func == (lhs: JSONTree, rhs: JSONTree) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let text): text
        case .number(let value): "\(value)"
        case .string(let text): FrontMatterValue.string(text).jsonText
        case .array(let items): "[" + items.map(\.description).joined(separator: ",") + "]"
        case .object(let entries):
            "{" + entries.map { FrontMatterValue.string($0.0).jsonText + ":" + $0.1.description }.joined(separator: ",") + "}"
        }
    }

    /// The value for a key of an object.
    subscript(key: String) -> JSONTree? {
        guard case .object(let entries) = self else { return nil }
        return entries.first { $0.0 == key }?.1
    }

    /// The items of an array.
    var items: [JSONTree]? {
        guard case .array(let items) = self else { return nil }
        return items
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func skipWhitespace() {
            while index < scalars.count, " \t\n\r".unicodeScalars.contains(scalars[index]) { index += 1 }
        }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            skipWhitespace()
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        mutating func literal(_ word: String) -> Bool {
            let word = Array(word.unicodeScalars)
            guard index + word.count <= scalars.count, Array(scalars[index..<index + word.count]) == word else { return false }
            index += word.count
            return true
        }

        mutating func value() -> JSONTree? {
            skipWhitespace()
            guard index < scalars.count else { return nil }
            switch scalars[index] {
            case "n": return literal("null") ? .null : nil
            case "t": return literal("true") ? .bool(true) : nil
            case "f": return literal("false") ? .bool(false) : nil
            case "\"": return string().map(JSONTree.string)
            case "[":
                index += 1
                var items: [JSONTree] = []
                if take("]") { return .array(items) }
                repeat {
                    guard let item = value() else { return nil }
                    items.append(item)
                } while take(",")
                return take("]") ? .array(items) : nil
            case "{":
                index += 1
                var entries: [(String, JSONTree)] = []
                if take("}") { return .object(entries) }
                repeat {
                    skipWhitespace()
                    guard let key = string(), take(":"), let item = value() else { return nil }
                    entries.append((key, item))
                } while take(",")
                return take("}") ? .object(entries) : nil
            default:
                return number()
            }
        }

        mutating func number() -> JSONTree? {
            let start = index
            while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) { index += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            guard !text.isEmpty else { return nil }
            if text.unicodeScalars.allSatisfy({ "-0123456789".unicodeScalars.contains($0) }) { return .integer(text) }
            return Double(text).map(JSONTree.number)
        }

        mutating func string() -> String? {
            guard index < scalars.count, scalars[index] == "\"" else { return nil }
            index += 1
            var text = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if scalar == "\"" { return String(text) }
                guard scalar == "\\" else {
                    text.append(scalar)
                    continue
                }
                guard index < scalars.count else { return nil }
                let letter = scalars[index]
                index += 1
                switch letter {
                case "\"", "\\", "/": text.append(letter)
                case "b": text.append("\u{8}")
                case "f": text.append("\u{C}")
                case "n": text.append("\n")
                case "r": text.append("\r")
                case "t": text.append("\t")
                case "u":
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code) {
                        guard literal("\\u"), let low = hex4() else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { return nil }
                    text.append(decoded)
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= scalars.count,
                  let code = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
            else { return nil }
            index += 4
            return code
        }
    }
}
