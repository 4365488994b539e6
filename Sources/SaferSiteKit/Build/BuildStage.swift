/// The stages of a build, in order, for progress reports (`[3/8] assemble`).
public enum BuildStage: Int, Sendable, CaseIterable, CustomStringConvertible {
    /// Reads `content/` and the theme from disk (`LoadStage`).
    case load = 1
    /// Reads settings, front matter, data files and templates (`ParseStage`).
    case parse
    /// Puts pages into sections, menus and listings (`AssembleStage`).
    case assemble
    /// Renders every page body with cmark-gfm (`MarkdownStage`).
    case markdown
    /// Makes the files beside the pages: static files, CSV downloads, sitemap, feed, search index
    /// (`ServicesStage`). They come before the check because links to them are checked.
    case services
    /// Every check of the site: layouts, output clashes, links, accessibility and plain English (`CheckStage`).
    case check
    /// Every page through its template (`RenderStage`).
    case render
    /// Puts the new site in place of the old, in one step (`WriteStage`).
    case write

    public var description: String {
        switch self {
        case .load: "load"
        case .parse: "parse"
        case .assemble: "assemble"
        case .markdown: "markdown"
        case .services: "services"
        case .check: "check"
        case .render: "render"
        case .write: "write"
        }
    }
}
