import Foundation

/// A key for everything the template contexts are made of besides the page bodies: the
/// settings file, the options that change the site (drafts, `--base-url`), and every page's
/// path, kind and front matter.
///
/// The site model — addresses, sections, listings, topics, menus, related pages — comes from
/// these alone (`TemplateContext.replacingBodies` relies on the same fact). So while the key is
/// unchanged, a page file's context can differ from the last build's only through its own
/// page's body, and the render stage can tell that it is unchanged without making the context
/// (`OutputCache.file`).
enum SiteModelKey {
    /// The key of a page file's front matter: its bytes before the line its body starts on.
    static func frontMatterKey(of data: Data, bodyFirstLine: Int) -> CacheKey {
        StableHash.of(data.lines(before: bodyFirstLine))
    }

    /// The key of the whole site model; `pages` are the pages built, in order, and
    /// `frontMatterKeys` their `frontMatterKey`s.
    static func key(settings: SourceFile?, options: BuildOptions, pages: [ParsedPage], frontMatterKeys: [CacheKey]) -> CacheKey {
        var hash = StableHash()
        hash.feed("site model")
        hash.feed(settings?.data ?? Data())
        hash.feed(settings != nil)
        hash.feed(options.includeDrafts)
        hash.feed(options.baseURL)
        precondition(pages.count == frontMatterKeys.count, "a front matter key for every page")
        hash.feed(pages.count)
        for (index, frontMatter) in zip(pages.indices, frontMatterKeys) {
            hash.feed(pages[index].source)
            hash.feed(pages[index].contentPath)
            hash.feed(String(describing: pages[index].kind))
            hash.feed(frontMatter)
        }
        return hash.finish()
    }

    /// The key of what a page file's template context reads of its page's body.
    static func bodyKey(_ body: RenderedMarkdown) -> CacheKey {
        var hash = StableHash()
        hash.feed("body in context")
        hash.feed(body.html)
        hash.feed(body.headings.count)
        for heading in body.headings {
            hash.feed(heading.level)
            hash.feed(heading.id)
            hash.feed(heading.text)
        }
        return hash.finish()
    }
}
