import Mustache
import TextSupport

/// The escaping every theme template uses for `{{name}}`: `HTMLEscape`, one Unicode scalar at a time.
///
/// swift-mustache's own HTML escaping looks at whole characters (grapheme clusters), so a `"` or
/// `<` followed by a combining mark (`"\u{301}`) is one character that matches nothing and goes
/// out unescaped, while a browser still reads the `"` and closes the attribute. Escaping scalars
/// closes that gap. `ThemeLoader` puts the pragma naming this type on a line of its own before
/// every template, and refuses templates that name a content type themselves.
struct ScalarHTMLContentType: MustacheContentType {
    /// The name used in the `CONTENT_TYPE` pragma.
    static let name = "SAFERSITE_HTML"
    /// The pragma `ThemeLoader` puts before every template's text.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Registers the type with swift-mustache once per process; templates can only name it after this.
    static let registered: Void = MustacheContentTypes.register(ScalarHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscape.text(text)
    }
}
