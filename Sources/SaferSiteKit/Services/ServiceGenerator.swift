/// Makes site-wide files that are not pages — `sitemap.xml`, `robots.txt`, the Atom feed, the
/// search index — from the assembled site and its rendered bodies.
///
/// A generator is pure: the same site gives the same bytes, and it never touches the disk.
package protocol ServiceGenerator: Sendable {
    /// The files to write. `bodies[i]` is the rendered Markdown of `site.pages[i]`.
    func files(for site: Site, bodies: [RenderedMarkdown]) -> [OutputFile]
}
