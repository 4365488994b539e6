/// `BrandingCheck`'s messages: the logo, favicon and brand colours.
extension CheckMessages {
    package static func brandingFileKind(_ setting: String, _ path: String, endings: [String]) -> String {
        "'\(path)' cannot be the \(setting): it should be \(list(endings)) file"
    }

    package static func brandingFileKindHint(_ setting: String, endings: [String]) -> String {
        "save the \(setting) as \(list(endings)) inside content/ (e.g. content/static/\(setting).\(endings[0])) and name it here"
    }

    package static func missingBrandingFile(_ setting: String, _ path: String) -> String {
        "the \(setting) 'content/\(path)' does not exist"
    }

    package static func missingBrandingFileHint(_ setting: String, near: String?) -> String {
        near.map { "did you mean '\($0)'? (the path is inside content/)" }
            ?? "put the file inside content/ (e.g. content/static/\(setting).svg) and write its path from there, e.g. static/\(setting).svg"
    }

    package static func badBrandingFile(_ setting: String, _ path: String, _ problem: String) -> String {
        "\(path) cannot be the \(setting): \(problem)"
    }

    package static func badBrandingFileHint(_ ending: String) -> String {
        ending == "svg"
            ? "save the picture again as plain SVG (in Inkscape: Save As, Plain SVG; or Optimized SVG), or as PNG"
            : "save the picture again in that format, or give the file the ending that matches what it is"
    }

    package static func unsafeSVG(_ part: String) -> String {
        "it holds \(part), which could run script in a reader's browser"
    }

    package static func unknownColour(_ key: String, near: String?) -> String {
        near.map { "'\(key)' is not one of the theme's colours; did you mean '\($0)'?" }
            ?? "'\(key)' is not one of the theme's colours"
    }

    package static func unknownColourHint(near: String?, known: [String]) -> String {
        near.map { "write '\($0):' instead" } ?? "the colours are: \(known.joined(separator: ", "))"
    }

    static func lowContrast(_ pair: ThemeColourPair, foreground: RGBColour, background: RGBColour, ratio: Double) -> String {
        let behind = pair.background == ThemeColourPair.page ? "the white page (\(background.hex))" : "\(pair.background) (\(background.hex))"
        return "\(pair.foreground) (\(foreground.hex)) on \(behind) has a contrast of \(RGBColour.ratioText(ratio, below: pair.minimum)):1, "
            + "too low to read for \(pair.use): WCAG 2.2 AA asks \(pair.ruleName)"
    }

    static func lowContrastHint(fixes: [String], pair: ThemeColourPair) -> String {
        guard !fixes.isEmpty else { return "choose colours further apart in lightness" }
        return "the nearest shade that passes: " + fixes.map { "'\($0)'" }.joined(separator: " or ")
    }

    private static func list(_ endings: [String]) -> String {
        let names = endings.map { $0.uppercased() }
        let joined = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
        return (joined.first.map { "AEFHILMNORSX".contains($0) } == true ? "an " : "a ") + joined
    }
}
