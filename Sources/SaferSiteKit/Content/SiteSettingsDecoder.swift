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
            case "paginate":
                if case .int(let size) = value.value, (1...10_000).contains(size) { settings.pageSize = size } else {
                    diagnostics.append(wrongType(entry, "a whole number from 1 to 10000"))
                }
            case "keep_in_output": settings.keptInOutput = keptPaths(value, &diagnostics)
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

    public static let badKeep = "'keep_in_output' should be a list of paths inside the output folder, like CNAME or .well-known/security.txt"
    public static let badKeepHint = "write e.g. 'keep_in_output: [CNAME, .well-known/security.txt]'"

    public static func unsafeKeep(_ path: String) -> String {
        "'\(path)' cannot be kept in the output folder: a kept path is relative to the output folder, with no empty, '.' or '..' part"
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

    /// The `keep_in_output` list: each a path inside the output folder that `OutputWriter` could
    /// write (`OutputWriter.isSafe`), and not the marker file, which every build writes afresh.
    func keptPaths(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> [KeptOutputPath] {
        guard case .sequence(let items) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badKeep, hint: SettingsMessages.badKeepHint, code: "settings"))
            return []
        }
        return items.compactMap { item in
            guard let written = item.value.stringValue else {
                diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                    SettingsMessages.badKeep, hint: SettingsMessages.badKeepHint, code: "settings"))
                return nil
            }
            // A folder may be written with the `/` that marks it as one.
            let path = written.hasSuffix("/") ? String(written.dropLast()) : written
            guard OutputWriter.isSafe(path), path != OutputFolderGuard.markerName else {
                diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                    SettingsMessages.unsafeKeep(written), hint: SettingsMessages.badKeepHint, code: "settings"))
                return nil
            }
            return KeptOutputPath(path: path, location: SourceLocation(file: source.file, line: item.line, column: item.column))
        }
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
                let name = item.value["name"]?.value.stringValue
                let page = item.value["page"]?.value.stringValue
                let url = item.value["url"]?.value.stringValue
                guard let name, (page == nil) != (url == nil) else {
                    diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                        SettingsMessages.badMenu, hint: SettingsMessages.badMenuHint, code: "settings"))
                    return nil
                }
                // A menu link is written straight into every page's href: refuse what a Markdown link refuses.
                if let url, let scheme = LinkResolver.scheme(of: url), LinkResolver.unsafeSchemes.contains(scheme) {
                    let node = item.value["url"] ?? item
                    diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                        MarkdownMessages.unsafeScheme(scheme), hint: MarkdownMessages.unsafeSchemeHint, code: "unsafe-link"))
                    return nil
                }
                let target: MenuItem.Target = page.map { .page($0) } ?? .url(url ?? "")
                return MenuItem(name: name, target: target,
                                location: SourceLocation(file: source.file, line: item.line, column: item.column))
            }
        }
        return menus
    }
}
