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
        guidance.flatMap { item in
            page.locations(of: item.sentence).map { location in
                page.finding(check, at: location, ContentCheckMessages.placeholderText(item.sentence, archetype: item.archetype),
                             hint: ContentCheckMessages.placeholderTextHint)
            }
        }.sorted { $0.location < $1.location }
    }
}
