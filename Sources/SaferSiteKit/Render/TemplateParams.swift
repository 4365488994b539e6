import FrontMatter
import Mustache

/// A page's front matter as its templates see it (`page.params`), made into template values one
/// key at a time, when a template looks the key up.
///
/// Most templates read none of it, or one key (`{{page.params.priority}}`), but every page has a
/// dozen entries, and making them all into values for every page (a UK date is formatted, for
/// one) cost more than the lookups. The build cache's key of a page's context makes values of
/// the keys its templates read alone, too (`ContextHash`). Every other use renders as the whole mapping
/// (`TemplateContext.mappingValue`) would: a section pushes it as the mapping would be pushed,
/// and transforms (`{{count(page.params)}}`, `{{#sorted(page.params)}}`) are the mapping's.
struct TemplateParams: MustacheParent, MustacheTransformable, CustomStringConvertible, Sendable {
    /// The front matter's entries, in the order written.
    let entries: [FrontMatterEntry]

    func child(named name: String) -> Any? {
        // As in the mapping, a key written twice has its last value.
        entries.last { $0.key == name }.map { TemplateContext.value($0.value.value) }
    }

    /// The keys, each once, in order.
    var keys: [String] {
        Set(entries.map(\.key)).sorted()
    }

    /// Every entry made into a value, as the mapping would hold them.
    var mapping: [String: Any] {
        TemplateContext.mappingValue(entries)
    }

    func transform(_ name: String) -> Any? {
        mapping.transform(name)
    }

    var description: String {
        String(describing: mapping)
    }
}
