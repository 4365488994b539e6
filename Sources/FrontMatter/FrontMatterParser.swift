import Diagnostics

/// Reads front matter and data files written in SaferSite's YAML subset.
///
/// The subset is what real Hugo and Jekyll pages use, with YAML 1.2 core-schema meaning: plain,
/// quoted and block scalars, block maps and lists, flow `[...]` and `{...}`, comments. Everything
/// else — anchors, aliases, tags, several documents, complex keys, tabs for indentation, duplicate
/// keys — is an error with a line, column and hint, because a value read differently from a YAML
/// 1.2 parser is worse than no value. `docs/content-model.md` describes the keys a page may use.
public enum FrontMatterParser {
    /// Splits a page into front matter and Markdown body and parses the front matter.
    ///
    /// Front matter runs from a first line `---` to the next line `---`; a page without the first
    /// line has none. Lines in diagnostics and nodes are lines of the whole file. The whole text
    /// is normalised (BOM, CR to LF) and split into lines first.
    public static func parsePage(_ text: String, file: String) -> ParsedPageSource {
        let source = SourceText(text)
        guard !source.lines.isEmpty, source.isFence(0) else {
            return ParsedPageSource(
                frontMatter: [], hasFrontMatter: false, frontMatterLine: 0,
                body: source.text(fromLine: 0), bodyFirstLine: 1, diagnostics: [])
        }
        guard let close = (1..<source.lines.count).first(where: source.isFence) else {
            // Pointed at where the closing line belongs: the first line that cannot be front matter.
            let expected = (1..<source.lines.count).first { Self.endsFrontMatter(source.lines[$0]) } ?? source.lines.count
            let problem = FrontMatterError.unclosedFrontMatter
            return ParsedPageSource(
                frontMatter: [], hasFrontMatter: true, frontMatterLine: 1,
                body: "", bodyFirstLine: source.lines.count + 1,
                diagnostics: [.error(problem.message, at: SourceLocation(file: file, line: expected + 1, column: 1), hint: problem.hint,
                                     sourceLine: expected < source.lines.count ? String(source.lines[expected]) : nil)])
        }
        let lines = source.frontMatterLines(1..<close, firstNumber: 2)
        let (root, diagnostics) = parse(lines, file: file, requireMapping: true)
        var entries: [FrontMatterEntry] = []
        if case .mapping(let written)? = root?.value { entries = written }
        return ParsedPageSource(
            frontMatter: entries, hasFrontMatter: true, frontMatterLine: 1,
            body: source.text(fromLine: close + 1), bodyFirstLine: close + 2, diagnostics: diagnostics)
    }

    /// Parses a whole file written in the front-matter syntax (site settings, data files): no ---
    /// lines needed (a leading --- line is allowed). The root is nil when the file holds nothing.
    public static func parseDocument(_ text: String, file: String) -> (root: FrontMatterNode?, diagnostics: [Diagnostic]) {
        let source = SourceText(text)
        let skipped = !source.lines.isEmpty && source.isFence(0) ? 1 : 0
        let lines = source.frontMatterLines(skipped..<source.lines.count, firstNumber: skipped + 1)
        return parse(lines, file: file, requireMapping: false)
    }
}

// MARK: - Helpers

private extension FrontMatterParser {
    static func parse(
        _ lines: [FrontMatterLine], file: String, requireMapping: Bool
    ) -> (root: FrontMatterNode?, diagnostics: [Diagnostic]) {
        let whole = FrontMatterSource(file: file, lines: lines)
        var diagnostics: [Diagnostic] = []
        var end = lines.count
        for (index, line) in lines.enumerated() {
            guard let marker = documentMarker(line) else { continue }
            diagnostics.append(whole.diagnostic(marker, at: TextPosition(line: index, index: 0)))
            end = index
            break
        }
        for index in 0..<end {
            for (offset, scalar) in lines[index].scalars.enumerated() where !isPrintable(scalar) {
                diagnostics.append(whole.diagnostic(.invalidCharacter(scalar), at: TextPosition(line: index, index: offset)))
            }
        }
        let source = FrontMatterSource(file: file, lines: lines, end: end)
        var parser = BlockParser(source: source)
        let root = parser.parseRoot(requireMapping: requireMapping)
        // A blank line holding a tab is refused (YAML tools disagree about it) unless it is block text.
        for index in 0..<end where source.isWhitespaceOnly(index) && !parser.blockTextLines.contains(index) {
            if let tab = lines[index].scalars.firstIndex(of: "\t") {
                diagnostics.append(whole.diagnostic(.tabIndentation, at: TextPosition(line: index, index: tab)))
            }
        }
        diagnostics += parser.diagnostics
        return (root, diagnostics.uniqueSortedForDisplay())
    }

    /// Whether a line of a page whose front matter is never closed is where the body begins: a
    /// blank line, or a Markdown heading (`## What it does`), which front matter never holds.
    static func endsFrontMatter(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" } || line.hasPrefix("##")
    }

    /// `---` or `...` at the start of a line, alone or followed by whitespace.
    static func documentMarker(_ line: FrontMatterLine) -> FrontMatterError? {
        let scalars = line.scalars
        guard scalars.count >= 3, scalars.count == 3 || scalars[3] == " " || scalars[3] == "\t" else { return nil }
        switch String(String.UnicodeScalarView(scalars[0..<3])) {
        case "---": return .secondDocument
        case "...": return .documentEnd
        default: return nil
        }
    }

    /// YAML's printable characters (c-printable), less NEL (U+0085), which YAML 1.2 reads as a
    /// character but YAML 1.1 tools such as ruamel.yaml as a line break. CR never reaches here.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
