import Foundation

/// The part of a build that reads the site model alone, never a page body: the data tables'
/// downloads, the checks of front matter and settings, output clashes, and, when pages are to be
/// rendered, the template values every page shares.
///
/// The markdown stage keeps every core busy for most of a build, while this work, done after it,
/// ran mostly on one core with the other idle. So the build starts it on another thread as the
/// markdown stage begins (`SiteBuilder.renderBodies`) and collects it after; what it makes does
/// not depend on when it runs.
struct SiteModelWork: Sendable {
    /// The site, its pages' Markdown let go: nothing after the markdown stage reads it.
    let site: Site
    /// The data tables' CSV downloads.
    let downloads: [OutputFile]
    /// The content checks' findings from front matter and settings, showing their source lines.
    let siteWideFindings: SiteWideFindings
    /// Output paths that two things claim.
    let clashFindings: [Diagnostic]
    /// The template contexts, without bodies yet (`TemplateContext.replacingBodies`); nil unless
    /// asked for (`safersite check` renders no page).
    let contexts: TemplateContext?

    /// Does the work for the site `markdown` renders; `tree` gives the findings their source lines.
    init(markdown: MarkdownStage, tree: SourceTree, today: FrontMatterDate, makingContexts: Bool) {
        var site = markdown.site
        for index in site.pages.indices { site.pages[index].body = "" }
        self.site = site
        downloads = markdown.dataDownloads()
        siteWideFindings = ContentChecker(today: today).siteWide(site).mapFindings { SiteBuilder.withSourceLines($0, from: tree) }
        clashFindings = OutputClashCheck().check(site, downloads: downloads)
        contexts = makingContexts ? TemplateContext(site: site, bodies: []) : nil
    }
}
