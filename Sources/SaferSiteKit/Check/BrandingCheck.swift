import Diagnostics
import TextSupport

/// The settings' branding: the logo's and favicon's files (`logo:`, `favicon:`) are there, of a
/// kind a browser shows, and an SVG among them runs no script (`HTMLSanitizer.scriptablePart`);
/// every `colours:` key is one of the theme's colours, and every pair of colours the theme puts
/// together meets WCAG 2.2 AA contrast (`ThemeColourPair`).
struct BrandingCheck: Sendable {
    /// The site: its settings and the files it publishes.
    let site: Site

    /// Every finding, logo first, then favicon, then colours.
    func check() -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let logo = site.settings.logo {
            found += fileProblems(logo.file, setting: "logo", endings: ["svg", "png"])
        }
        if let favicon = site.settings.favicon {
            found += fileProblems(favicon, setting: "favicon", endings: ["svg", "png", "ico"])
        }
        return found + colourProblems()
    }

    /// The content file a branding setting names, when it is there.
    static func asset(_ file: BrandingFile, in site: Site) -> SourceFile? {
        site.assets.first { $0.kind == .asset && $0.relativePath == file.path }
    }

    /// The logo's and favicon's paths inside `content/` whose files `ScriptableFileCheck` leaves
    /// to this check: SVG files this check has looked inside.
    static func checkedSVGPaths(_ settings: SiteSettings) -> Set<String> {
        Set([settings.logo?.file, settings.favicon].compactMap { $0?.path }.filter { $0.lowercased().hasSuffix(".svg") })
    }
}

// MARK: - Helpers

private extension BrandingCheck {
    func fileProblems(_ file: BrandingFile, setting: String, endings: [String]) -> [Diagnostic] {
        let ending = file.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard endings.contains(ending), file.path.contains(".") else {
            return [.error(CheckMessages.brandingFileKind(setting, file.path, endings: endings), at: file.location,
                           hint: CheckMessages.brandingFileKindHint(setting, endings: endings), code: "settings")]
        }
        guard let asset = Self.asset(file, in: site) else {
            let paths = site.assets.filter { $0.kind == .asset }.map(\.relativePath)
            let near = EditDistance.nearest(to: file.path, among: paths)
            return [.error(CheckMessages.missingBrandingFile(setting, file.path), at: file.location,
                           hint: CheckMessages.missingBrandingFileHint(setting, near: near), code: "settings")]
        }
        let bytes = Array(asset.data)
        let problem: String?
        switch ending {
        case "png": problem = bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? nil : "its contents are not a PNG picture"
        case "ico": problem = bytes.starts(with: [0, 0, 1, 0]) ? nil : "its contents are not an ICO icon"
        default: problem = HTMLSanitizer.scriptablePart(ofSVG: bytes).map { CheckMessages.unsafeSVG($0) }
        }
        guard let problem else { return [] }
        return [.error(CheckMessages.badBrandingFile(setting, asset.path, problem), at: file.location,
                       hint: CheckMessages.badBrandingFileHint(ending), code: "settings")]
    }

    func colourProblems() -> [Diagnostic] {
        let settings = site.settings
        guard !settings.colours.isEmpty else { return [] }
        let theme = ThemeColours(stylesheet: site.assets.first { $0.kind == .themeStatic && $0.relativePath == ThemeColours.stylesheetPath })
        let known = theme.defaults.isEmpty ? Set(ThemeColourPair.all.flatMap { [$0.foreground, $0.background] }) : Set(theme.defaults.keys)
        var found: [Diagnostic] = []
        var values = theme.defaults
        for colour in settings.colours {
            guard known.contains(colour.key) else {
                let near = EditDistance.nearestKey(to: colour.key, among: known.sorted())
                found.append(.error(CheckMessages.unknownColour(colour.key, near: near), at: colour.location,
                                    hint: CheckMessages.unknownColourHint(near: near, known: known.sorted()), code: "settings"))
                continue
            }
            values[colour.key] = colour.colour
        }
        let background = { (pair: ThemeColourPair) in pair.background == ThemeColourPair.page ? RGBColour.white : values[pair.background] }
        for pair in ThemeColourPair.all {
            let set = settings.colours.filter { $0.key == pair.foreground || $0.key == pair.background }
            guard let first = set.first, let front = values[pair.foreground], let back = background(pair) else { continue }
            let ratio = RGBColour.contrast(front, back)
            guard ratio < pair.minimum else { continue }
            // A fix for a colour meets every pair that colour is in, so pasting it fixes them all.
            let fixes = set.compactMap { colour -> String? in
                let others = ThemeColourPair.all.compactMap { other -> (colour: RGBColour, ratio: Double)? in
                    if other.foreground == colour.key { return background(other).map { ($0, other.minimum) } }
                    if other.background == colour.key { return values[other.foreground].map { ($0, other.minimum) } }
                    return nil
                }
                return colour.colour.nearestPassingShade(against: others).map { "\(colour.key): \"\($0.hex)\"" }
            }
            found.append(.error(CheckMessages.lowContrast(pair, foreground: front, background: back, ratio: ratio),
                                at: first.location, hint: CheckMessages.lowContrastHint(fixes: fixes, pair: pair), code: "contrast"))
        }
        return found
    }
}

/// Two of the theme's colours that `theme/static/css/site.css` shows one on the other, with
/// the WCAG 2.2 AA contrast they need: 4.5:1 for text (1.4.3), 3:1 for what is not text, such as
/// a focus highlight against what surrounds it (1.4.11). The header's stripe (`brand_stripe`)
/// and the panels' edges are decoration and need none.
struct ThemeColourPair: Sendable {
    /// The colour in front (text, a highlight), by its setting's name (`brand_text`).
    let foreground: String
    /// The colour behind it, by its setting's name, or `page` for the white page.
    let background: String
    /// The contrast it needs.
    let minimum: Double
    /// Where the theme shows it, for messages.
    let use: String

    /// The white page behind most text (`html { background: #ffffff }`).
    static let page = "page"
    /// WCAG 2.2 AA for text (success criterion 1.4.3).
    static let text = 4.5
    /// WCAG 2.2 AA for what is not text (1.4.11).
    static let nonText = 3.0

    /// Every pair the default theme's stylesheet uses.
    static let all: [ThemeColourPair] = [
        ThemeColourPair(foreground: "text", background: page, minimum: text, use: "the pages' text"),
        ThemeColourPair(foreground: "secondary_text", background: page, minimum: text, use: "dates and notes"),
        ThemeColourPair(foreground: "link", background: page, minimum: text, use: "links"),
        ThemeColourPair(foreground: "link_visited", background: page, minimum: text, use: "links already visited"),
        ThemeColourPair(foreground: "link_hover", background: page, minimum: text, use: "links under the pointer"),
        ThemeColourPair(foreground: "text", background: "panel", minimum: text, use: "text in the footer and boxes"),
        ThemeColourPair(foreground: "link", background: "panel", minimum: text, use: "links in the footer"),
        ThemeColourPair(foreground: "link_visited", background: "panel", minimum: text, use: "visited links in the footer"),
        ThemeColourPair(foreground: "link_hover", background: "panel", minimum: text, use: "footer links under the pointer"),
        ThemeColourPair(foreground: "brand_text", background: "brand", minimum: text, use: "the header's name and menu, and the search button"),
        ThemeColourPair(foreground: "brand_text", background: "link_hover", minimum: text, use: "the search button under the pointer"),
        ThemeColourPair(foreground: "text", background: "focus", minimum: text, use: "a link or button with the keyboard's focus"),
        ThemeColourPair(foreground: "focus", background: "brand", minimum: nonText, use: "the focus highlight in the header"),
    ]

    /// Which rule the pair is held to, in words.
    var ruleName: String {
        minimum == Self.text ? "at least 4.5:1 for text" : "at least 3:1 for what is not text"
    }
}

/// The colours a theme's stylesheet gives its CSS variables in `:root` (`--brand-text: #ffffff;`),
/// by their settings' names (`brand_text`): what `colours:` may set, and what each colour is when
/// it does not.
struct ThemeColours: Sendable {
    /// The stylesheet, inside the theme's `static/`.
    static let stylesheetPath = "css/site.css"

    /// Each colour variable's value by its setting's name.
    let defaults: [String: RGBColour]

    /// The colours of a stylesheet's first `:root { ... }` block; none without a stylesheet.
    init(stylesheet: SourceFile?) {
        var defaults: [String: RGBColour] = [:]
        let text = stylesheet.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        if let start = text.range(of: ":root"), let open = text[start.upperBound...].firstIndex(of: "{"),
           let close = text[open...].firstIndex(of: "}") {
            for declaration in text[text.index(after: open)..<close].split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { String($0).trimmed() }
                guard parts.count == 2, parts[0].hasPrefix("--"), let colour = RGBColour(hex: parts[1]) else { continue }
                defaults[parts[0].dropFirst(2).replacingOccurrences(of: "-", with: "_")] = colour
            }
        }
        self.defaults = defaults
    }
}
