/// Template values (`TemplateContext`) in the cache's byte form, so the quick rebuild can make a
/// page's context from what the last build kept, as `TemplateContext` would have made it.
///
/// Only the types a context holds are written: `TemplateText`, `String`, `Int`, `Bool`, and
/// arrays and dictionaries of them. Each keeps its type, since a template tells them apart.
enum TemplateValueCoding {
    /// Thrown for a value of a type a context does not hold.
    struct Unknown: Error {}

    private enum Tag: Int {
        case text = 1, string, int, bool, array, dictionary
    }

    static func write(_ value: Any, into writer: inout CacheWriter) throws {
        switch value {
        case let text as TemplateText:
            writer.write(Tag.text.rawValue)
            writer.write(text.text)
        case let string as String:
            writer.write(Tag.string.rawValue)
            writer.write(string)
        case let flag as Bool:
            writer.write(Tag.bool.rawValue)
            writer.write(flag)
        case let number as Int:
            writer.write(Tag.int.rawValue)
            writer.write(number)
        case let items as [Any]:
            writer.write(Tag.array.rawValue)
            writer.write(items.count)
            for item in items { try write(item, into: &writer) }
        case let entries as [String: Any]:
            writer.write(Tag.dictionary.rawValue)
            writer.write(entries.count)
            // Sorted, so the same context is always written the same way.
            for key in entries.keys.sorted() {
                writer.write(key)
                try write(entries[key]!, into: &writer)
            }
        default:
            throw Unknown()
        }
    }

    static func read(from reader: inout CacheReader) throws -> Any {
        switch Tag(rawValue: try reader.int()) {
        case .text: return TemplateText(try reader.string())
        case .string: return try reader.string()
        case .int: return try reader.int()
        case .bool: return try reader.bool()
        case .array:
            let count = try reader.count()
            var items: [Any] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try read(from: &reader)) }
            return items
        case .dictionary:
            let count = try reader.count()
            var entries: [String: Any] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.string()
                entries[key] = try read(from: &reader)
            }
            return entries
        case nil: throw CacheReader.Damaged()
        }
    }

    /// A dictionary value, as `read(from:)` gives it.
    static func readDictionary(from reader: inout CacheReader) throws -> [String: Any] {
        guard let entries = try read(from: &reader) as? [String: Any] else { throw CacheReader.Damaged() }
        return entries
    }
}
