import Mustache

/// A text value that templates show: it renders, tests and transforms (`{{lowercased(…)}}`)
/// exactly as a `String` does, but swift-mustache knows it in one type check.
///
/// The library renders a value by asking in turn whether it is a template, a custom renderable,
/// a lambda or an optional, then describes it with `String(describing:)`: for a `String` every
/// question but the last fails, and each is a look-up in the runtime's conformance tables that
/// both cores share. A 10,000-page site renders millions of these. The values a page's own front
/// matter gives (`page.params`), and `page.layout` and `page.kind`, stay plain strings: a theme
/// may name a partial by them (`{{>*page.layout}}`), which only a `String` can do.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible {
    /// The text.
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }
    var description: String { text }

    func transform(_ name: String) -> Any? {
        text.transform(name)
    }
}
