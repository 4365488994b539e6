import Diagnostics
import FrontMatter

/// Partials picked by a value (`{{>*page.layout}}`) that can lead back to the template they are in.
///
/// The theme loader refuses every loop through named partials; a partial picked by a value names
/// its template only while rendering, so whether it closes a loop depends on the site's values,
/// and swift-mustache follows a loop until the build runs out of stack. Here such a tag may name
/// any template that a text value under the same key names anywhere in the site (`layout` for
/// `{{>*page.layout}}`, the front matter key for `{{>*page.params.key}}`, any value for `{{>*.}}`).
/// A tag that can lead back to its own template is an error at the tag, naming the page and value.
struct TemplateValueLoopCheck: Sendable {
    /// The compiled theme.
    let theme: Theme

    /// Where a text value was found: the file, and the line and column of its key (none for a
    /// page's kind, which its place in `content/` gives).
    struct ValueSource: Sendable {
        let file: String
        var line: Int?
        var column: Int?

        /// `content/about.md:3:1`, or the file alone.
        var place: String {
            guard let line, let column else { return file }
            return "\(file):\(line):\(column)"
        }
    }

    func check(_ site: Site) -> [Diagnostic] {
        let dynamic = theme.includes.values.flatMap { template in template.tags.includes.filter(\.dynamic).map { (template, $0) } }
        guard !dynamic.isEmpty else { return [] }
        let values = Self.textValues(site)
        var diagnostics: [Diagnostic] = []
        for (template, include) in dynamic.sorted(by: { ($0.0.name, $0.1.line, $0.1.column) < ($1.0.name, $1.1.line, $1.1.column) }) {
            for (name, source) in Self.values(include, in: values).sorted(by: { $0.key < $1.key }) where theme.includes[name] != nil {
                guard let chain = chain(from: name, to: template.name, values: values) else { continue }
                diagnostics.append(template.source.diagnostic(.error, line: include.line, column: include.column,
                    ThemeMessages.valueIncludesItself(include.tag, value: name, chain: [template.name] + chain,
                                                      place: source.place),
                    hint: ThemeMessages.valueIncludesItselfHint(include.tag), code: "template"))
                break
            }
        }
        return diagnostics
    }

    /// The templates from `start` to `end` through includes (a value's tag may name any template
    /// its key's values name), or nil when `end` cannot be reached.
    private func chain(from start: String, to end: String, values: [String: [String: ValueSource]]) -> [String]? {
        var cameFrom: [String: String] = [start: start]
        var queue = [start], next = 0
        while next < queue.count {
            let name = queue[next]
            next += 1
            if name == end {
                var chain = [name]
                while let previous = cameFrom[chain[0]], previous != chain[0] { chain.insert(previous, at: 0) }
                return chain
            }
            for include in theme.includes[name]?.tags.includes ?? [] {
                let targets = include.dynamic ? Array(Self.values(include, in: values).keys) : [include.name]
                for target in targets.sorted() where theme.includes[target] != nil && cameFrom[target] == nil {
                    cameFrom[target] = name
                    queue.append(target)
                }
            }
        }
        return nil
    }

    /// The values a tag picking its partial by a value may find: those under the key it names last
    /// (`layout` for `page.layout`), or every value for `.`.
    private static func values(_ include: TemplateTags.Include, in values: [String: [String: ValueSource]]) -> [String: ValueSource] {
        guard include.name != ".", let key = include.name.split(separator: ".").last else {
            return values.values.reduce(into: [:]) { all, some in all.merge(some) { first, _ in first } }
        }
        return values[String(key)] ?? [:]
    }

    /// Every text value templates see that could name a template, by the key holding it, each with
    /// the first place it is set: pages' kinds and layouts, and text in front matter and settings.
    static func textValues(_ site: Site) -> [String: [String: ValueSource]] {
        var values: [String: [String: ValueSource]] = [:]
        func add(_ value: String, key: String, at source: ValueSource) {
            if values[key]?[value] == nil { values[key, default: [:]][value] = source }
        }
        func addEntries(_ entries: [FrontMatterEntry], file: String) {
            for entry in entries { addNode(entry.value.value, key: entry.key, at: ValueSource(file: file, line: entry.line, column: entry.column)) }
        }
        func addNode(_ value: FrontMatterValue, key: String, at source: ValueSource) {
            switch value {
            case .string(let text): add(text, key: key, at: source)
            case .float(_, let literal): add(literal, key: key, at: source)
            case .sequence(let items): for item in items { addNode(item.value, key: key, at: source) }
            case .mapping(let entries):
                for entry in entries { addNode(entry.value.value, key: entry.key, at: ValueSource(file: source.file, line: entry.line, column: entry.column)) }
            case .null, .bool, .int, .date: break
            }
        }
        for page in site.pages {
            add(page.kind.rawValue, key: "kind", at: ValueSource(file: page.source))
            addEntries(page.meta.entries, file: page.source)
        }
        addEntries(site.settings.entries, file: SilenceReader.settingsFile)
        return values
    }
}
