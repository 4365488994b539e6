import Diagnostics

/// `placeholder-text`: a page still holds a sentence of an archetype's guidance ("Say what the
/// project does, who it helps and where it runs."), which `safersite new` wrote for the author to
/// replace; published, it would tell residents what to write.
struct PlaceholderTextRule: PageRule {
    /// The theme's archetypes' guidance sentences (`ArchetypeGuidance`).
    let guidance: [ArchetypeGuidance]

    let check = ContentCheck.placeholderText

    /// One finding at each guidance sentence in the page's body, at its line and column.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        guard !guidance.isEmpty else { return [] }
        var found: [Diagnostic] = []
        var line = page.page.bodyFirstLine
        while let text = page.sourceLine(line) {
            for item in guidance {
                guard let range = text.range(of: item.sentence) else { continue }
                let column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
                found.append(page.finding(check, at: SourceLocation(file: page.page.source, line: line, column: column),
                                          ContentCheckMessages.placeholderText(item.sentence, archetype: item.archetype),
                                          hint: ContentCheckMessages.placeholderTextHint))
            }
            line += 1
        }
        return found
    }
}
