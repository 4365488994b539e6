import Diagnostics
import TextSupport

/// `unknown-source`: every id in a page's `sources:` is listed under `sources:` in the site
/// settings, where its title, publisher and date are kept once for every page.
struct UnknownSourceRule: SiteRule {
    /// The documents listed in the settings.
    let sources: [SourceDocument]

    let check = ContentCheck.unknownSource

    /// One finding for each id that is not listed, at the id itself.
    func findings(in pages: [Page]) -> [Diagnostic] {
        let known = sources.map(\.id)
        return pages.flatMap { page -> [Diagnostic] in
            guard case .sequence(let items)? = page.meta.entry("sources")?.value.value else { return [] }
            return items.compactMap { item in
                guard let id = item.value.stringValue, !known.contains(id) else { return nil }
                let near = known.min { EditDistance.between(id, $0) < EditDistance.between(id, $1) }
                    .flatMap { EditDistance.between(id, $0) <= max(2, id.count / 3) ? $0 : nil }
                return Diagnostic(check.severity, at: SourceLocation(file: page.source, line: item.line, column: item.column),
                                  ContentCheckMessages.unknownSource(id), hint: ContentCheckMessages.unknownSourceHint(near: near, known: known),
                                  code: check.rawValue)
            }
        }
    }
}
