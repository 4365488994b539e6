import Diagnostics

/// Finds the theme's templates that include themselves, directly (`{{>page}}` in `page`) or
/// through others (`a` includes `b`, which includes `a`), before any is rendered: swift-mustache
/// would follow them until the build ran out of stack. Each such loop is an error at the tag that
/// closes it, naming the chain; the templates on it are left out of the theme, so nothing can
/// render them. A partial picked by a value at render time (`{{>*page.layout}}`) is not followed:
/// which template it names is known only then.
struct TemplateIncludeCheck {
    /// A template: its name, its file's text (for showing lines), and its tags.
    struct Template {
        let name: String
        let source: SourceLines
        let tags: TemplateTags
    }

    /// The templates, by name.
    let templates: [String: Template]

    /// The findings, and the names of the templates on a loop.
    func run() -> (diagnostics: [Diagnostic], looping: Set<String>) {
        var diagnostics: [Diagnostic] = []
        var looping: Set<String> = []
        // Depth-first, without recursion (a chain of partials can be as long as the theme):
        // `path` is the chain being followed, each with the index of its next include.
        var finished: Set<String> = []
        for root in templates.keys.sorted() where !finished.contains(root) {
            var path: [(name: String, next: Int)] = [(root, 0)]
            var onPath: Set<String> = [root]
            while let (name, next) = path.last {
                let includes = templates[name]!.tags.includes
                guard next < includes.count else {
                    path.removeLast()
                    onPath.remove(name)
                    finished.insert(name)
                    continue
                }
                path[path.count - 1].next += 1
                let include = includes[next]
                guard !include.dynamic, templates[include.name] != nil, !finished.contains(include.name) else { continue }
                if onPath.contains(include.name) {
                    let start = path.firstIndex { $0.name == include.name }!
                    let chain = path[start...].map(\.name) + [include.name]
                    looping.formUnion(chain)
                    diagnostics.append(templates[name]!.source.diagnostic(.error, line: include.line, column: include.column,
                        ThemeMessages.includesItself(chain), hint: ThemeMessages.includesItselfHint(include.tag), code: "template"))
                    continue
                }
                path.append((include.name, 0))
                onPath.insert(include.name)
            }
        }
        return (diagnostics, looping)
    }
}
