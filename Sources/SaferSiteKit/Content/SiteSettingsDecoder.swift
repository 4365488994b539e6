/// Reads `content/_site.yaml` into `SiteSettings`, checking every key.
public struct SiteSettingsDecoder: Sendable {
    /// The settings file's text, to show lines in diagnostics.
    public var source: SourceLines

    /// Creates a decoder for the settings file.
    public init(source: SourceLines) {
        self.source = source
    }

    /// Decodes the settings; unknown keys are kept for templates.
    public func decode(_ root: FrontMatterNode?) -> (SiteSettings, [Diagnostic]) {
        var settings = SiteSettings()
        var diagnostics: [Diagnostic] = []
        guard let root else { return (settings, diagnostics) }
        guard case .mapping(let entries) = root.value else {
            diagnostics.append(source.diagnostic(.error, line: root.line, column: root.column,
                SettingsMessages.notMapping, hint: SettingsMessages.notMappingHint, code: "settings"))
            return (settings, diagnostics)
        }
        settings.entries = entries
        for entry in entries {
            let value = entry.value
            switch entry.key {
            case "title": settings.title = text(entry, &diagnostics) ?? settings.title
            case "description": settings.description = text(entry, &diagnostics)
            case "base_url":
                if let url = text(entry, &diagnostics) {
                    settings.setBaseURL(url)
                    if let problem = BaseURLProblem(baseURL: url) {
                        diagnostics.append(source.diagnostic(.error, line: value.line, column: value.column,
                            problem.message, hint: problem.hint, code: "settings"))
                    }
                }
            case "language": settings.language = text(entry, &diagnostics) ?? settings.language
            case "raw_html":
                if case .bool(let flag) = value.value { settings.rawHTML = flag } else {
                    diagnostics.append(wrongType(entry, "true or false"))
                }
            case "menus": settings.menus = menus(value, &diagnostics)
            case "entry_points": settings.entryPoints = entryPoints(value, &diagnostics)
            case "paginate":
                if case .int(let size) = value.value, (1...10_000).contains(size) { settings.pageSize = size } else {
                    diagnostics.append(wrongType(entry, "a whole number from 1 to 10000"))
                }
            default: break
            }
        }
        return (settings, diagnostics)
    }
}

/// The settings file's messages.
public enum SettingsMessages {
    public static let notMapping = "the settings file should be a list of 'key: value' lines"
    public static let notMappingHint = "start with a line like 'title: My partnership'"
    public static let badMenu = "a menu must be a list of items, each with 'name' and either 'page' or 'url'"
    public static let badMenuHint = "write e.g. '- {name: About, page: about.md}'"
    public static let badEntryPoints = "'entry_points' must be a list of links, each with 'name', either 'page' or 'url', and optionally 'summary'"
    public static let badEntryPointsHint = "write e.g. '- {name: Report a crime or get help, page: contact.md, summary: Call 999 in an emergency.}'"

    public static func unknownEntryPointKey(_ key: String) -> String {
        "an entry point has 'name', 'page' or 'url', and 'summary', not '\(key)'"
    }

    public static func wrongType(_ key: String, _ expected: String) -> String {
        "'\(key)' should be \(expected)"
    }
}

// MARK: - Helpers

private extension SiteSettingsDecoder {
    func text(_ entry: FrontMatterEntry, _ diagnostics: inout [Diagnostic]) -> String? {
        if let text = entry.value.value.stringValue { return text }
        diagnostics.append(wrongType(entry, "text"))
        return nil
    }

    func wrongType(_ entry: FrontMatterEntry, _ expected: String) -> Diagnostic {
        source.diagnostic(.error, line: entry.value.line, column: entry.value.column,
                          SettingsMessages.wrongType(entry.key, expected),
                          hint: "write e.g. '\(entry.key): ...'", code: "settings")
    }

    func menus(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> [String: [MenuItem]] {
        guard case .mapping(let named) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badMenu, hint: SettingsMessages.badMenuHint, code: "settings"))
            return [:]
        }
        var menus: [String: [MenuItem]] = [:]
        for menu in named {
            guard case .sequence(let items) = menu.value.value else {
                diagnostics.append(source.diagnostic(.error, line: menu.value.line, column: menu.value.column,
                    SettingsMessages.badMenu, hint: SettingsMessages.badMenuHint, code: "settings"))
                continue
            }
            menus[menu.key] = items.compactMap { item in
                link(item, problem: (SettingsMessages.badMenu, SettingsMessages.badMenuHint), &diagnostics)
            }
        }
        return menus
    }

    func entryPoints(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> [EntryPoint] {
        let problem = (SettingsMessages.badEntryPoints, SettingsMessages.badEntryPointsHint)
        guard case .sequence(let items) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                problem.0, hint: problem.1, code: "settings"))
            return []
        }
        return items.compactMap { item in
            // A misspelt 'summary' would otherwise vanish from the home page without a word.
            if case .mapping(let entries) = item.value,
               let unknown = entries.first(where: { !["name", "page", "url", "summary"].contains($0.key) }) {
                diagnostics.append(source.diagnostic(.error, line: unknown.value.line, column: unknown.value.column,
                    SettingsMessages.unknownEntryPointKey(unknown.key), hint: problem.1, code: "settings"))
                return nil
            }
            let summaryNode = item.value["summary"]
            if let summaryNode, summaryNode.value.stringValue == nil {
                diagnostics.append(source.diagnostic(.error, line: summaryNode.line, column: summaryNode.column,
                    SettingsMessages.wrongType("summary", "text"), hint: problem.1, code: "settings"))
                return nil
            }
            return link(item, problem: problem, &diagnostics).map { EntryPoint(link: $0, summary: summaryNode?.value.stringValue) }
        }
    }

    /// A link with 'name' and either 'page' or 'url', as menus and entry points write it; nil,
    /// with a diagnostic saying `problem`, when it is not one.
    func link(_ item: FrontMatterNode, problem: (message: String, hint: String), _ diagnostics: inout [Diagnostic]) -> MenuItem? {
        let name = item.value["name"]?.value.stringValue
        let page = item.value["page"]?.value.stringValue
        let url = item.value["url"]?.value.stringValue
        guard let name, (page == nil) != (url == nil) else {
            diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                problem.message, hint: problem.hint, code: "settings"))
            return nil
        }
        // A link from the settings is written straight into pages' hrefs: refuse what a Markdown link refuses.
        if let url, let scheme = LinkResolver.scheme(of: url), LinkResolver.unsafeSchemes.contains(scheme) {
            let node = item.value["url"] ?? item
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                MarkdownMessages.unsafeScheme(scheme), hint: MarkdownMessages.unsafeSchemeHint, code: "unsafe-link"))
            return nil
        }
        let target: MenuItem.Target = page.map { .page($0) } ?? .url(url ?? "")
        return MenuItem(name: name, target: target, location: SourceLocation(file: source.file, line: item.line, column: item.column))
    }
}
