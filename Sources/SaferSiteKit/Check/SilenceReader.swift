import Diagnostics
import FrontMatter

/// Reads the silences a site asks for: each page's `silence:` front matter
/// (`silence: [{check: long-sentence, reason: "Quoted from the Act"}]`) and the settings'
/// `silence:` list, whose items also name the page (`{check: ..., page: about.md, reason: ...}`).
///
/// A silence that cannot apply (unknown check, a check that finds errors, no such page) is
/// reported and dropped; one without a reason is reported and kept.
struct SilenceReader: Sendable {
    /// The settings file, as diagnostics name it.
    static let settingsFile = "content/_site.yaml"

    /// Every usable silence, and the problems with the ones written.
    func read(_ site: Site) -> (silences: [Silence], diagnostics: [Diagnostic]) {
        var silences: [Silence] = []
        var diagnostics: [Diagnostic] = []
        for page in site.pages where !page.isGenerated {
            guard let entry = page.meta.entry("silence") else { continue }
            for item in items(entry.value, file: page.source, shapeMessage: ContentCheckMessages.silenceBadShape,
                              shapeHint: ContentCheckMessages.silenceBadShapeHint, &diagnostics) {
                if let silence = silence(item, page: page.source, file: page.source, &diagnostics) { silences.append(silence) }
            }
        }
        if let entry = site.settings.entries.first(where: { $0.key == "silence" }) {
            for item in items(entry.value, file: Self.settingsFile, shapeMessage: ContentCheckMessages.siteSilenceBadShape,
                              shapeHint: ContentCheckMessages.siteSilenceBadShapeHint, &diagnostics) {
                let location = SourceLocation(file: Self.settingsFile, line: item.line, column: item.column)
                var path = item.value["page"]?.value.stringValue ?? ""
                if path.hasPrefix("content/") { path.removeFirst("content/".count) }
                guard let page = site.page(atContentPath: path), !page.isGenerated else {
                    diagnostics.append(problem(at: location, path.isEmpty ? ContentCheckMessages.siteSilenceBadShape : ContentCheckMessages.silenceUnknownPage(path),
                                               hint: path.isEmpty ? ContentCheckMessages.siteSilenceBadShapeHint : ContentCheckMessages.silenceUnknownPageHint))
                    continue
                }
                if let silence = silence(item, page: page.source, file: Self.settingsFile, &diagnostics) { silences.append(silence) }
            }
        }
        return (silences, diagnostics)
    }
}

// MARK: - Helpers

private extension SilenceReader {
    /// The list items of a `silence:` value; anything else is reported.
    func items(_ node: FrontMatterNode, file: String, shapeMessage: String, shapeHint: String,
               _ diagnostics: inout [Diagnostic]) -> [FrontMatterNode] {
        guard case .sequence(let items) = node.value else {
            diagnostics.append(problem(at: SourceLocation(file: file, line: node.line, column: node.column), shapeMessage, hint: shapeHint))
            return []
        }
        return items
    }

    /// One item as a silence. A bare check name (`- long-sentence`) is read as a silence without a reason.
    func silence(_ item: FrontMatterNode, page: String, file: String, _ diagnostics: inout [Diagnostic]) -> Silence? {
        let location = SourceLocation(file: file, line: item.line, column: item.column)
        let name = item.value.stringValue ?? item.value["check"]?.value.stringValue
        guard let name else {
            diagnostics.append(problem(at: location, ContentCheckMessages.silenceBadShape, hint: ContentCheckMessages.silenceBadShapeHint))
            return nil
        }
        guard let check = ContentCheck(rawValue: name), check != .silence else {
            diagnostics.append(problem(at: location, ContentCheckMessages.silenceUnknownCheck(name), hint: ContentCheckMessages.silenceUnknownCheckHint()))
            return nil
        }
        guard check.canBeSilenced else {
            diagnostics.append(problem(at: location, ContentCheckMessages.silenceError(name), hint: ContentCheckMessages.silenceErrorHint))
            return nil
        }
        let reason = item.value["reason"]?.value.stringValue?.trimmed()
        if reason?.isEmpty ?? true {
            diagnostics.append(problem(at: location, ContentCheckMessages.silenceWithoutReason(name),
                                       hint: ContentCheckMessages.silenceWithoutReasonHint(name)))
        }
        return Silence(check: check, page: page, reason: reason?.isEmpty == false ? reason : nil, location: location)
    }

    func problem(at location: SourceLocation, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(ContentCheck.silence.severity, at: location, message, hint: hint, code: ContentCheck.silence.rawValue)
    }
}
