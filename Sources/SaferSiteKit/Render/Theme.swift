import Mustache

/// The site's look: compiled Mustache templates, shared read-only by every page render.
package struct Theme: Sendable {
    /// Compiled templates, by name (`page`, `partials/header`).
    let library: MustacheLibrary
    /// The names of the templates, sorted.
    package let templateNames: [String]
    /// Each template's include tags and lines, by name, for the checks that follow includes.
    let includes: [String: TemplateIncludeCheck.Template]

    /// Creates a theme from compiled templates and their include tags.
    init(library: MustacheLibrary, templateNames: [String], includes: [String: TemplateIncludeCheck.Template]) {
        self.library = library
        self.templateNames = templateNames
        self.includes = includes
    }

    /// Whether the theme has a template with this name.
    package func has(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    /// The layouts a page can name: templates that are not partials or the base layout.
    package var layoutNames: [String] {
        templateNames.filter { !$0.contains("/") && $0 != "base" }
    }

    /// Renders a template with a context built by `TemplateContext`.
    package func render(_ context: [String: Any], template: String) -> String? {
        library.render(context, withTemplate: template)
    }
}
