import Foundation
import SaferSiteKit

extension FuzzHarness {
    /// The line that separates the templates of one input: `page`, then `partials/a`, then `partials/b`.
    public static let templateSeparator = "\n%%template\n"

    /// Theme templates: the input is up to three templates, which may include each other (and
    /// themselves); the theme loader's checks (inclusion loops, nesting depth, syntax) run on them,
    /// and when it finds nothing wrong with `page`, the page is rendered with a small context.
    /// A crash, or a render that never ends (libFuzzer's timeout), is a finding; so is a loop the
    /// loader let through that the renderer then follows.
    public static func template(_ bytes: [UInt8]) -> [String] {
        let parts = String(decoding: bytes, as: UTF8.self).components(separatedBy: templateSeparator)
        let names = ["page", "partials/a", "partials/b"]
        let files = zip(names, parts).map { name, text in
            SourceFile(path: "theme/templates/\(name).mustache", kind: .template, data: Data(text.utf8))
        }
        let (theme, diagnostics) = ThemeLoader.load(files)
        guard !diagnostics.contains(where: { $0.severity == .error }), theme.has("page") else { return [] }
        let context: [String: Any] = [
            "page": ["title": "A <b>title</b>", "content": "<p>Body</p>", "pages": [["title": "One"], ["title": "Two"]], "is_home": false],
            "site": ["title": "Site", "language": "en-GB"],
        ]
        _ = theme.render(context, template: "page")
        return []
    }
}
