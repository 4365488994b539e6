import Diagnostics
import FrontMatter

/// Reads `content/_site.yaml` into `SiteSettings`, checking every key.
package struct SiteSettingsDecoder: Sendable {
    /// The keys SaferSite reads from the settings file (`readers`' keys); others are only for
    /// templates (`site.params`).
    package static let knownKeys = Set(readers.keys)

    /// The settings file's text, to show lines in diagnostics.
    package var source: SourceLines

    /// Creates a decoder for the settings file.
    package init(source: SourceLines) {
        self.source = source
    }

    /// Decodes the settings; unknown keys are kept for templates.
    package func decode(_ root: FrontMatterNode?) -> (SiteSettings, [Diagnostic]) {
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
            Self.readers[entry.key]?(self, entry, &settings, &diagnostics)
        }
        return (settings, diagnostics)
    }

    /// How each key is read into the settings, by key: the one list of the settings there are.
    private static let readers: [String: @Sendable (SiteSettingsDecoder, FrontMatterEntry, inout SiteSettings, inout [Diagnostic]) -> Void] = [
        "title": { decoder, entry, settings, diagnostics in settings.title = decoder.text(entry, &diagnostics) ?? settings.title },
        "description": { decoder, entry, settings, diagnostics in settings.description = decoder.text(entry, &diagnostics) },
        "base_url": { decoder, entry, settings, diagnostics in
            guard let url = decoder.text(entry, &diagnostics) else { return }
            settings.setBaseURL(url)
            if let problem = BaseURLProblem(baseURL: url) {
                diagnostics.append(decoder.source.diagnostic(.error, line: entry.value.line, column: entry.value.column,
                    problem.message, hint: problem.hint, code: "settings"))
            }
        },
        "language": { decoder, entry, settings, diagnostics in settings.language = decoder.text(entry, &diagnostics) ?? settings.language },
        "raw_html": { decoder, entry, settings, diagnostics in
            if case .bool(let flag) = entry.value.value { settings.rawHTML = flag } else {
                diagnostics.append(decoder.wrongType(entry, "true or false"))
            }
        },
        "menus": { decoder, entry, settings, diagnostics in settings.menus = decoder.menus(entry.value, &diagnostics) },
        "sources": { decoder, entry, settings, diagnostics in settings.sources = decoder.sources(entry.value, &diagnostics) },
        "history_after_years": { decoder, entry, settings, diagnostics in
            if case .int(let years) = entry.value.value, (0...100).contains(years) { settings.historyAfterYears = years } else {
                diagnostics.append(decoder.wrongType(entry, "a whole number of years from 0 to 100"))
            }
        },
        "entry_points": { decoder, entry, settings, diagnostics in settings.entryPoints = decoder.entryPoints(entry.value, &diagnostics) },
        "contact": { decoder, entry, settings, diagnostics in settings.contact = decoder.contact(entry.value, &diagnostics) },
        "keep_in_output": { decoder, entry, settings, diagnostics in settings.keptInOutput = decoder.keptPaths(entry.value, &diagnostics) },
        "image_budget_kb": { decoder, entry, settings, diagnostics in
            if case .int(let kilobytes) = entry.value.value, (1...100_000).contains(kilobytes) { settings.imageBudgetKB = kilobytes } else {
                diagnostics.append(decoder.wrongType(entry, "a whole number of kilobytes from 1 to 100000, such as 200"))
            }
        },
        "share_image": { decoder, entry, settings, diagnostics in
            guard let path = decoder.text(entry, &diagnostics) else { return }
            settings.shareImage = ShareImageRequest(path: path, alt: nil,
                                                    location: SourceLocation(file: decoder.source.file, line: entry.value.line, column: entry.value.column))
        },
        "share_image_alt": { decoder, entry, settings, diagnostics in settings.shareImageAlt = decoder.text(entry, &diagnostics) },
        "paginate": { decoder, entry, settings, diagnostics in
            if case .int(let size) = entry.value.value, (1...10_000).contains(size) { settings.pageSize = size } else {
                diagnostics.append(decoder.wrongType(entry, "a whole number from 1 to 10000"))
            }
        },
        "logo": { decoder, entry, settings, diagnostics in settings.logo = decoder.logo(entry.value, &diagnostics) },
        "favicon": { decoder, entry, settings, diagnostics in
            if let path = decoder.text(entry, &diagnostics) {
                settings.favicon = BrandingFile(path: path.trimmed(), location: decoder.location(of: entry.value))
            }
        },
        "colours": { decoder, entry, settings, diagnostics in
            settings.colours = decoder.colours(entry.value, &diagnostics)
            settings.coloursLocation = SourceLocation(file: decoder.source.file, line: entry.line, column: entry.column)
        },
        "districts": { decoder, entry, settings, diagnostics in settings.districts = decoder.districts(entry.value, &diagnostics) },
        "topics": { decoder, entry, settings, diagnostics in settings.topics = decoder.topics(entry.value, &diagnostics) },
        "district_folder": { decoder, entry, settings, diagnostics in
            guard let written = decoder.text(entry, &diagnostics) else { return }
            if let folder = PageScaffold.folder(written) { settings.districtFolder = folder } else {
                diagnostics.append(decoder.source.diagnostic(.error, line: entry.value.line, column: entry.value.column,
                    SettingsMessages.badDistrictFolder(written), hint: SettingsMessages.badDistrictFolderHint, code: "settings"))
            }
        },
        // Read by the check stage (`SilenceReader`), not into `SiteSettings`.
        "silence": { _, _, _, _ in },
    ]
}

extension SiteSettingsDecoder {
    /// The settings a settings file holds, and what is wrong with it; the defaults when it
    /// cannot be read. (`safersite new` reads `district_folder:` with it.)
    package static func decode(_ file: SourceFile) -> (SiteSettings, [Diagnostic]) {
        let (decoded, textDiagnostics) = file.text()
        guard let text = decoded else { return (SiteSettings(), textDiagnostics) }
        let parsed = FrontMatterParser.parseDocument(text, file: file.path)
        if parsed.diagnostics.hasErrors { return (SiteSettings(), textDiagnostics + parsed.diagnostics) }
        let (settings, settingsDiagnostics) = SiteSettingsDecoder(source: SourceLines(file: file.path, text: text)).decode(parsed.root)
        return (settings, textDiagnostics + parsed.diagnostics + settingsDiagnostics)
    }
}

/// The settings file's messages.
package enum SettingsMessages {
    /// A settings key that nothing reads.
    package static func unusedKey(_ key: String, nearest: String?) -> String {
        nearest.map { "'\(key)' is not a setting; did you mean '\($0)'?" }
            ?? "'\(key)' is not a setting SaferSite knows, and no template uses it, so it does nothing"
    }

    /// How to fix a settings key that nothing reads.
    package static func unusedKeyHint(nearest: String?) -> String {
        nearest.map { "write '\($0):' instead" }
            ?? "the settings are: \(SiteSettingsDecoder.knownKeys.sorted().joined(separator: ", ")); remove the line, or use it in a template as site.params"
    }

    package static let notMapping = "the settings file should be a list of 'key: value' lines"
    package static let notMappingHint = "start with a line like 'title: My partnership'"
    package static let badMenu = "a menu must be a list of items, each with 'name' and either 'page' or 'url'"
    package static let badMenuHint = "write e.g. '- {name: About, page: about.md}'"

    package static let badKeep = "'keep_in_output' should be a list of paths inside the output folder, like CNAME or .well-known/security.txt"
    package static let badKeepHint = "write e.g. 'keep_in_output: [CNAME, .well-known/security.txt]'"

    package static func unsafeKeep(_ path: String) -> String {
        "'\(path)' cannot be kept in the output folder: a kept path is relative to the output folder, with no empty, '.' or '..' part"
    }
    package static let badEntryPoints = "'entry_points' must be a list of links, each with 'name', either 'page' or 'url', and optionally 'summary'"
    package static let badEntryPointsHint = "write e.g. '- {name: Report a crime or get help, page: contact.md, summary: Call 999 in an emergency.}'"

    package static func unknownEntryPointKey(_ key: String) -> String {
        "an entry point has 'name', 'page' or 'url', and 'summary', not '\(key)'"
    }

    package static let badSource = "each source needs an 'id', a 'title' and a 'publisher' (and may have a 'date' and a 'url')"
    package static let badSourceHint =
        "write e.g. '- {id: business-plan-2015-16, title: Business Plan 2015-16, publisher: Safer Anytown Partnership, date: 2015-06}'"

    package static func duplicateSource(_ id: String) -> String {
        "the source '\(id)' is listed twice"
    }

    package static func badSourceDate(_ id: String) -> String {
        "the date of the source '\(id)' should be written as year-month-day or year-month"
    }

    package static let badLogo = "'logo' should give the picture's file, inside content/, and its alt text: what the logo says"
    package static let badLogoHint = "write e.g. 'logo: {file: static/logo.svg, alt: Safer Anytown Partnership}'"

    package static let badColours = "'colours' should be a list of 'name: colour' lines, one for each theme colour to change"
    package static let badColoursHint = "write e.g. 'colours: {brand: \"#0b4150\", brand_text: \"#ffffff\"}'"

    package static func badColour(_ key: String) -> String {
        "the colour for '\(key)' should be written as # and six (or three) hexadecimal digits, like \"#0b4150\""
    }

    package static func badColourHint(_ key: String) -> String {
        "write e.g. '\(key): \"#0b4150\"', in quotes (without them, # starts a comment)"
    }

    package static let badDistricts = "'districts' should be a list of districts, each with the 'id' pages write in 'district:' and the 'name' readers see"
    package static let badDistrictsHint = "write e.g. '- {id: north-anytown, name: North Anytown}'"

    package static func duplicateDistrict(_ id: String) -> String {
        "the district '\(id)' is listed twice"
    }

    package static let badTopics = "'topics' should be a list of topic names, the ones pages may give in 'topics:'"
    package static let badTopicsHint = "write e.g. 'topics: [anti-social behaviour, domestic abuse]'"

    package static func badDistrictFolder(_ folder: String) -> String {
        "'\(folder)' cannot hold district pages: 'district_folder' should be a folder inside content/, with no part starting with '.' or '_'"
    }
    package static let badDistrictFolderHint = "write e.g. 'district_folder: partnerships'"

    package static let badContact = "'contact' should be the partnership's contact details: 'email', 'phone' and 'address', each optional"
    package static let badContactHint = "write e.g. 'contact: {email: safer@example.gov.uk, phone: \"01234 567890\", address: \"Town Hall, Anytown AB1 2CD\"}'"

    package static func unknownContactKey(_ key: String) -> String {
        "'contact' has 'email', 'phone' and 'address', not '\(key)'"
    }

    package static func badEmail(_ text: String) -> String {
        "'\(text)' is not an email address: it needs one '@' with a name before it and a domain after, and no spaces"
    }

    package static func badPhone(_ text: String) -> String {
        "'\(text)' is not a phone number: write digits, with spaces, '+', '(' and ')' if you like"
    }

    package static func wrongType(_ key: String, _ expected: String) -> String {
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

    func location(of node: FrontMatterNode) -> SourceLocation {
        SourceLocation(file: source.file, line: node.line, column: node.column)
    }

    /// `logo: {file, alt}`: both text, the alt text not empty (an empty one would leave the
    /// header's link home with no name).
    func logo(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> SiteLogo? {
        guard case .mapping(let entries) = node.value, let fileNode = node.value["file"],
              let file = fileNode.value.stringValue?.trimmed(), !file.isEmpty,
              let alt = node.value["alt"]?.value.stringValue?.trimmed(), !alt.isEmpty else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badLogo, hint: SettingsMessages.badLogoHint, code: "settings"))
            return nil
        }
        if let unknown = entries.first(where: { !["file", "alt"].contains($0.key) }) {
            diagnostics.append(source.diagnostic(.error, line: unknown.line, column: unknown.column,
                SettingsMessages.badLogo, hint: SettingsMessages.badLogoHint, code: "settings"))
            return nil
        }
        return SiteLogo(file: BrandingFile(path: file, location: location(of: fileNode)), alt: alt)
    }

    /// `colours:`: each key a colour written `#rrggbb` or `#rgb`. Whether the theme has such a
    /// colour, and whether the colours read well together, is `BrandingCheck`'s to say.
    func colours(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> [BrandColour] {
        guard case .mapping(let entries) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badColours, hint: SettingsMessages.badColoursHint, code: "settings"))
            return []
        }
        return entries.compactMap { entry in
            guard let written = entry.value.value.stringValue, let colour = RGBColour(hex: written) else {
                diagnostics.append(source.diagnostic(.error, line: entry.value.line, column: entry.value.column,
                    SettingsMessages.badColour(entry.key), hint: SettingsMessages.badColourHint(entry.key), code: "settings"))
                return nil
            }
            return BrandColour(key: entry.key, colour: colour, location: location(of: entry.value))
        }
    }

    /// `districts:`: each `{id, name}`, the ids unique.
    func districts(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> [District] {
        guard case .sequence(let items) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badDistricts, hint: SettingsMessages.badDistrictsHint, code: "settings"))
            return []
        }
        var districts: [District] = []
        for item in items {
            guard let id = item.value["id"]?.value.stringValue?.trimmed(), let name = item.value["name"]?.value.stringValue?.trimmed(),
                  !id.isEmpty, !name.isEmpty else {
                diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                    SettingsMessages.badDistricts, hint: SettingsMessages.badDistrictsHint, code: "settings"))
                continue
            }
            guard !districts.contains(where: { $0.id == id }) else {
                diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                    SettingsMessages.duplicateDistrict(id), hint: "give each district its own id", code: "settings"))
                continue
            }
            districts.append(District(id: id, name: name))
        }
        return districts
    }

    /// `topics:`: a list of names.
    func topics(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> [String] {
        guard case .sequence(let items) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badTopics, hint: SettingsMessages.badTopicsHint, code: "settings"))
            return []
        }
        return items.compactMap { item in
            guard let name = item.value.stringValue?.trimmed(), !name.isEmpty else {
                diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                    SettingsMessages.badTopics, hint: SettingsMessages.badTopicsHint, code: "settings"))
                return nil
            }
            return name
        }
    }

    /// The `sources:` list: each item a document with an id, a title, a publisher and a date.
    func sources(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> [SourceDocument] {
        guard case .sequence(let items) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badSource, hint: SettingsMessages.badSourceHint, code: "settings"))
            return []
        }
        var documents: [SourceDocument] = []
        for item in items {
            let text = { (key: String) in item.value[key]?.value.stringValue?.trimmed() }
            guard let id = text("id"), let title = text("title"), let publisher = text("publisher"),
                  !id.isEmpty, !title.isEmpty, !publisher.isEmpty else {
                diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                    SettingsMessages.badSource, hint: SettingsMessages.badSourceHint, code: "settings"))
                continue
            }
            // A date is optional (some documents give none), but one that is written must be a date.
            let dateNode = item.value["date"]
            var date: FrontMatterDate?
            switch dateNode?.value {
            case .date(let day)?: date = day
            case .string(let written)? where FrontMatterDate(month: written) != nil: date = FrontMatterDate(month: written)
            case nil, .null?: break
            default:
                let at = dateNode ?? item
                diagnostics.append(source.diagnostic(.error, line: at.line, column: at.column,
                    SettingsMessages.badSourceDate(id), hint: ContentMessages.dayOrMonthHint, code: "settings"))
                continue
            }
            if documents.contains(where: { $0.id == id }) {
                diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                    SettingsMessages.duplicateSource(id), hint: "give each source its own id", code: "settings"))
                continue
            }
            documents.append(SourceDocument(id: id, title: title, publisher: publisher, date: date, url: text("url"),
                                            location: SourceLocation(file: source.file, line: item.line, column: item.column)))
        }
        return documents
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

    /// The contact details, each checked: an address a mail program can use, a number a phone can dial.
    func contact(_ node: FrontMatterNode, _ diagnostics: inout [Diagnostic]) -> SiteContact? {
        guard case .mapping(let entries) = node.value else {
            diagnostics.append(source.diagnostic(.error, line: node.line, column: node.column,
                SettingsMessages.badContact, hint: SettingsMessages.badContactHint, code: "settings"))
            return nil
        }
        var contact = SiteContact()
        for entry in entries {
            guard ["email", "phone", "address"].contains(entry.key) else {
                diagnostics.append(source.diagnostic(.error, line: entry.value.line, column: entry.value.column,
                    SettingsMessages.unknownContactKey(entry.key), hint: SettingsMessages.badContactHint, code: "settings"))
                continue
            }
            guard let value = text(entry, &diagnostics)?.trimmed(), !value.isEmpty else { continue }
            let at = (line: entry.value.line, column: entry.value.column)
            switch entry.key {
            case "email":
                if SiteContact.isEmailAddress(value) { contact.email = value } else {
                    diagnostics.append(source.diagnostic(.error, line: at.line, column: at.column,
                        SettingsMessages.badEmail(value), hint: SettingsMessages.badContactHint, code: "settings"))
                }
            case "phone":
                if SiteContact.isPhoneNumber(value) { contact.phone = value } else {
                    diagnostics.append(source.diagnostic(.error, line: at.line, column: at.column,
                        SettingsMessages.badPhone(value), hint: SettingsMessages.badContactHint, code: "settings"))
                }
            default: contact.address = value
            }
        }
        return contact.isEmpty ? nil : contact
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
