/// A key for what a template sees: the context `TemplateContext` builds, fed with its keys in
/// sorted order so the same values always give the same key.
///
/// With `lookups`, a mapping's entries are fed only when the templates look up their key (its
/// count is always fed, since a section tag tests whether a mapping is empty): a value no
/// template reads cannot change the page.
enum ContextHash {
    /// The key of a context; nil when it holds a kind of value this does not know (then the page
    /// is always rendered).
    static func key(_ context: [String: Any], template: CacheKey, lookups: Set<String>?, path: String) -> CacheKey? {
        var hash = StableHash()
        hash.feed("page file")
        hash.feed(template)
        hash.feed(path)
        return feed(context, lookups: lookups, into: &hash) ? hash.finish() : nil
    }

    private static func feed(_ value: Any, lookups: Set<String>?, into hash: inout StableHash) -> Bool {
        switch value {
        case let text as TemplateText:
            hash.feed(1)
            hash.feed(text.text)
        case let text as String:
            hash.feed(1)
            hash.feed(text)
        case let text as Substring:
            hash.feed(1)
            hash.feed(String(text))
        case let flag as Bool:
            hash.feed(2)
            hash.feed(flag)
        case let number as Int:
            hash.feed(3)
            hash.feed(number)
        case let mapping as [String: Any]:
            return feedMapping(keys: mapping.keys.sorted(), lookups: lookups, into: &hash) { mapping[$0] }
        case let params as TemplateParams:
            // Fed as the mapping it stands for, making values of the keys read alone.
            return feedMapping(keys: params.keys, lookups: lookups, into: &hash, value: params.child(named:))
        case let items as [Any]:
            hash.feed(5)
            hash.feed(items.count)
            for item in items {
                guard feed(item, lookups: lookups, into: &hash) else { return false }
            }
        default:
            return false
        }
        return true
    }

    /// A mapping with these keys in sorted order: its count, then each key the templates look up
    /// with its value.
    private static func feedMapping(keys: [String], lookups: Set<String>?, into hash: inout StableHash,
                                    value: (String) -> Any?) -> Bool {
        hash.feed(4)
        hash.feed(keys.count)
        for key in keys where lookups?.contains(key) ?? true {
            hash.feed(key)
            guard let child = value(key), feed(child, lookups: lookups, into: &hash) else { return false }
        }
        return true
    }
}
