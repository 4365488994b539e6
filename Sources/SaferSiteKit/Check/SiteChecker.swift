import Diagnostics
import Foundation

/// The check stage: findings that need the whole site, such as links to a heading on another page.
package struct SiteChecker: Sendable {
    /// Creates a checker.
    package init() {}

    /// Checks every page's links against the site. `bodies[i]` belongs to `site.pages[i]`.
    package func check(_ site: Site, bodies: [RenderedMarkdown], extraOutputPaths: Set<String>) -> [Diagnostic] {
        findings(site, bodies: bodies, in: Targets(site: site, bodies: bodies, extraOutputPaths: extraOutputPaths)).flatMap { $0 }
    }

    /// Each page's link findings, in `site.pages` order.
    func findings(_ site: Site, bodies: [RenderedMarkdown], in targets: Targets) -> [[Diagnostic]] {
        ParallelMap.map(site.pages.count) { findings(forPage: $0, of: site, body: bodies[$0], in: targets) }
    }

    /// What links are checked against: every file the site writes, and every page's heading ids.
    struct Targets: Sendable {
        /// Every output path: the pages' and `extraOutputPaths`.
        let outputPaths: Set<String>
        /// Each page's heading ids, by its path inside `content/`. Pages have few headings: a
        /// list is quicker to make and search than a set.
        var idsByPage: [String: [String]]

        init(site: Site, bodies: [RenderedMarkdown], extraOutputPaths: Set<String>) {
            outputPaths = Set(site.pages.map(\.outputPath)).union(extraOutputPaths)
            // A page whose front matter failed may have lost its body with it: links to its
            // headings are not checked (its own error is the one to fix).
            idsByPage = Dictionary(site.pages.indices.filter { !site.pages[$0].frontMatterFailed }
                                       .map { (site.pages[$0].contentPath, bodies[$0].headings.map(\.id)) },
                                   uniquingKeysWith: { _, later in later })
        }
    }

    /// The findings of the links of `site.pages[index]`, whose body is `body`.
    func findings(forPage index: Int, of site: Site, body: RenderedMarkdown, in targets: Targets) -> [Diagnostic] {
        findings(forLinks: body.links, ofPage: site.pages[index].contentPath,
                 isOutputPath: targets.outputPaths.contains, headingIDs: { targets.idsByPage[$0] })
    }

    /// The findings of the links of the page at `contentPath`: `isOutputPath` says whether the
    /// site writes a file at a path, `headingIDs` gives a page's heading ids by its content path.
    func findings(forLinks links: [LinkReference], ofPage contentPath: String, isOutputPath: (String) -> Bool,
                  headingIDs: (String) -> [String]?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for link in links where !link.resolved.isEmpty {
            if let problem = checkFragment(link, pageContentPath: contentPath, headingIDs: headingIDs) {
                diagnostics.append(problem)
            } else if link.resolved.hasPrefix("/") && !link.resolved.hasPrefix("//") {
                let path = Self.outputPath(forSiteURL: link.resolved)
                if !isOutputPath(path) {
                    diagnostics.append(Diagnostic(.error, at: link.location, CheckMessages.missingURL(link.written),
                                                  hint: CheckMessages.missingURLHint, code: "broken-link"))
                }
            }
        }
        return diagnostics
    }

    /// The page a link names a heading of, by content path: the page it leads to, or its own
    /// page for `#anchor`; nil when it names no heading.
    static func anchorTarget(of link: LinkReference, inPage contentPath: String) -> String? {
        guard let fragment = link.fragment, !fragment.isEmpty, !link.isImage else { return nil }
        if let path = link.targetContentPath { return path }
        return link.written.hasPrefix("#") ? contentPath : nil
    }

    /// The output file a site URL leads to: `/a/b/#x` → `a/b/index.html`, `/css/site.css` → `css/site.css`.
    ///
    /// The URL is read by its bytes, as a browser reads it: `#`, `?`, `/` and `.` are ASCII and
    /// mark the same places whatever characters are around them.
    package static func outputPath(forSiteURL url: String) -> String {
        let end = url.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? url.utf8.endIndex
        let path = String(decoding: url.utf8[..<end], as: UTF8.self).removingPercentEncodingSafely.utf8
        let relative = String(decoding: path.dropFirst(), as: UTF8.self)
        if path.last == UInt8(ascii: "/") { return relative + "index.html" }
        let lastPart = path[(path.lastIndex(of: UInt8(ascii: "/")).map(path.index(after:)) ?? path.startIndex)...]
        return lastPart.contains(UInt8(ascii: ".")) ? relative : relative + "/index.html"
    }
}

/// The check stage's messages.
package enum CheckMessages {
    /// An address the last build published that nothing answers now.
    package static func pageGone(_ old: String, movedTo new: String?) -> String {
        new.map { "the last build published a page at \(old), which nothing answers now; if this page (now at \($0)) is that page moved, keep the old address working" }
            ?? "the last build published a page at \(old), which nothing answers now, so links and leaflets naming it will break"
    }

    /// How to keep an old address working.
    package static func pageGoneHint(_ old: String) -> String {
        "add 'aliases: [\(old)]' to the front matter of the page that replaces it"
    }
    package static let scriptableFile = "this file can run script in a reader's browser, so it is not published from content/ while raw_html is off"
    package static let scriptableFileHint = "publish a picture as PNG or JPEG instead, put the theme's own files in theme/static/, or set 'raw_html: true' in content/_site.yaml if every such file is trusted"
    package static let noHomePage = "the site has no home page of its own, so the build makes a bare list of its sections"
    /// A page in a section whose page says `listing: false` and does not link to it.
    package static func unlistedPage(_ file: String) -> String {
        "\(file) is in this section, but this page has 'listing: false' and does not link to it, so residents cannot find it from here"
    }

    package static func unlistedPageHint(title: String, link: String) -> String {
        "link to it in this page's text, e.g. [\(title)](\(link)), or remove 'listing: false'"
    }

    package static let noHomePageHint = "write content/index.md with a title, a summary and what residents should see first"
    package static let missingURLHint = "link to the page's Markdown file instead, e.g. ../about.md, so the build can keep the link right"
    package static let missingAnchorHint = "check the heading's words: an anchor is the heading in lower case with hyphens between words"

    package static func missingURL(_ url: String) -> String {
        "this links to \(url), but the site has no such page or file"
    }

    package static let outputClashHint = "rename or move one of them so each is written to its own file"

    /// A file the build makes, named as the owner of its path in a clash.
    package static func generatedFile(_ path: String) -> String {
        "the \(path) the build makes"
    }

    package static func outputClash(_ path: String, other: String) -> String {
        "this would be written to \(path), which \(other) also writes"
    }

    package static func insideFile(_ path: String, file: String, other: String) -> String {
        "this would be written to \(path), inside \(file), which \(other) writes as a file"
    }

    /// A list's further numbered page, as the other side of an output clash; named by the list's
    /// address, since the list may be a section or topic page made up without a file of its own.
    package static func numberedPage(_ number: Int, ofListAt url: String) -> String {
        "page \(number) of the list at \(url)"
    }

    package static func missingAnchor(_ fragment: String, page: String) -> String {
        "this links to '#\(fragment)', but \(page) has no heading with that id"
    }
}

// MARK: - Helpers

private extension SiteChecker {
    func checkFragment(_ link: LinkReference, pageContentPath: String, headingIDs: (String) -> [String]?) -> Diagnostic? {
        guard let target = Self.anchorTarget(of: link, inPage: pageContentPath), let fragment = link.fragment,
              let ids = headingIDs(target), !ids.contains(fragment), !ids.contains(fragment.removingPercentEncodingSafely) else { return nil }
        return Diagnostic(.error, at: link.location, CheckMessages.missingAnchor(fragment, page: "content/" + target),
                          hint: CheckMessages.missingAnchorHint, code: "broken-anchor")
    }
}
