import Foundation

/// A key for each template and every template it pulls in (`{{> partial}}`, `{{< parent}}`),
/// so a page is rendered again when, and only when, a template it uses changed; and the names
/// those templates look up, so a change to a value no template shows renders nothing again.
struct TemplateFingerprints: Sendable {
    private var keys: [String: CacheKey] = [:]
    private var names: [String: Set<String>] = [:]

    /// Works out the keys from the theme's template files (`SourceFile.Kind.template`).
    init(templates files: [SourceFile]) {
        var texts: [String: String] = [:]
        var whole = StableHash()
        whole.feed("all templates")
        for file in files where file.kind == .template {
            let name = String(file.relativePath.dropLast(".mustache".count))
            texts[name] = String(decoding: file.data, as: UTF8.self)
            whole.feed(name)
            whole.feed(file.data)
        }
        let allTemplates = whole.finish()
        for name in texts.keys {
            guard let used = Self.closure(of: name, texts: texts) else {
                keys[name] = allTemplates
                continue
            }
            var hash = StableHash()
            hash.feed("templates")
            for template in used.sorted() {
                hash.feed(template)
                hash.feed(texts[template] ?? "")
            }
            keys[name] = hash.finish()
            let perTemplate = used.map { Self.lookups(in: texts[$0] ?? "") }
            if !perTemplate.contains(where: { $0 == nil }) {
                names[name] = perTemplate.reduce(into: Set<String>()) { $0.formUnion($1!) }
            }
        }
    }

    /// The key of a template and all it uses; nil for a template the theme lacks.
    func key(for template: String) -> CacheKey? {
        keys[template]
    }

    /// Every name a template and all it uses could look up in a context (each part of
    /// `page.params.colour`); nil when that cannot be told, and the whole context counts.
    func lookups(for template: String) -> Set<String>? {
        names[template]
    }

    /// The names of the templates a template reads, itself included; nil when that cannot be
    /// told from the text (a changed delimiter, a dynamic partial name, a partial the theme lacks,
    /// which a new template could supply): then every template counts.
    static func closure(of name: String, texts: [String: String]) -> Set<String>? {
        var found: Set<String> = []
        var queue = [name]
        while let next = queue.popLast() {
            guard found.insert(next).inserted else { continue }
            guard let text = texts[next], let referenced = references(in: text) else { return nil }
            queue += referenced
        }
        return found
    }

    /// The parts of every name a template's tags look up. Nil when a tag could read values not
    /// named in it: `{{.}}` (the current value, a whole mapping if it is one), a transform such as
    /// `{{sorted(page.params)}}` (which can list a mapping's keys), or changed delimiters.
    static func lookups(in text: String) -> Set<String>? {
        if text.contains("{{=") { return nil }
        var words: Set<String> = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { return nil }
            var tag = rest[open.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
            if tag.hasPrefix("!") { continue }
            while let first = tag.first, "#^/&{>$<".contains(first) { tag = tag.dropFirst() }
            let name = tag.trimmed()
            if name == "." || name.contains("(") { return nil }
            for part in name.split(whereSeparator: { $0 == "." || $0 == " " || $0 == "\t" || $0 == "\n" }) {
                words.insert(String(part))
            }
        }
        return words
    }

    /// The names in a template's `{{> name}}` and `{{< name}}` tags; nil when the text changes
    /// its delimiters or names a partial dynamically.
    static func references(in text: String) -> [String]? {
        if text.contains("{{=") { return nil }
        var names: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let sigil = rest.first, sigil == ">" || sigil == "<" else { continue }
            guard let close = rest.range(of: "}}") else { return nil }
            let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmed()
            if name.isEmpty || name.hasPrefix("*") { return nil }
            names.append(name)
            rest = rest[close.upperBound...]
        }
        return names
    }
}
