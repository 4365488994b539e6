import Diagnostics
import TextSupport

/// Pages that ask for a layout the theme lacks.
struct LayoutCheck: Sendable {
    /// The compiled theme.
    let theme: Theme

    /// One error at each `layout:` key naming a layout the theme lacks (or a partial's path, or
    /// `base`, which are not layouts).
    func check(_ site: Site) -> [Diagnostic] {
        site.pages.compactMap { page in
            guard let layout = page.meta.layout, !theme.has(layout) || layout.contains("/") || layout == "base" else { return nil }
            let entry = page.meta.entry("layout")
            return Diagnostic(.error, at: SourceLocation(file: page.source, line: entry?.value.line ?? 1, column: entry?.value.column ?? 1),
                              ContentMessages.unknownLayout(layout, available: theme.layoutNames),
                              hint: ContentMessages.unknownLayoutHint(available: theme.layoutNames,
                                                                        nearest: EditDistance.nearest(to: layout, among: theme.layoutNames)),
                              code: "layout")
        }
    }
}
