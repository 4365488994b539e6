import Foundation

/// The check stage: findings that need the whole site, such as links to a heading on another page.
public struct SiteChecker: Sendable {
    /// Creates a checker.
    public init() {}

    /// Checks every page's links against the site. `bodies[i]` belongs to `site.pages[i]`.
    public func check(_ site: Site, bodies: [RenderedMarkdown], extraOutputPaths: Set<String>) -> [Diagnostic] {
        let outputPaths = Set(site.pages.map(\.outputPath)).union(extraOutputPaths)
        // Pages have few headings: a list is quicker to make and search than a set.
        let idsByPage = Dictionary(site.pages.indices.map { (site.pages[$0].contentPath, bodies[$0].headings.map(\.id)) },
                                   uniquingKeysWith: { _, later in later })
        // Each page's links on any core; the findings come back in page order.
        return ParallelMap.map(site.pages.count) { index in
            var diagnostics: [Diagnostic] = []
            for link in bodies[index].links where !link.resolved.isEmpty {
                if let problem = checkFragment(link, pageContentPath: site.pages[index].contentPath, idsByPage: idsByPage) {
                    diagnostics.append(problem)
                } else if link.resolved.hasPrefix("/") && !link.resolved.hasPrefix("//") {
                    let path = Self.outputPath(forSiteURL: link.resolved)
                    if !outputPaths.contains(path) {
                        diagnostics.append(Diagnostic(.error, at: link.location, CheckMessages.missingURL(link.written),
                                                      hint: CheckMessages.missingURLHint, code: "broken-link"))
                    }
                }
            }
            return diagnostics
        }.flatMap { $0 }
    }

    /// The output file a site URL leads to: `/a/b/#x` → `a/b/index.html`, `/css/site.css` → `css/site.css`.
    ///
    /// The URL is read by its bytes, as a browser reads it: `#`, `?`, `/` and `.` are ASCII and
    /// mark the same places whatever characters are around them.
    public static func outputPath(forSiteURL url: String) -> String {
        let end = url.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? url.utf8.endIndex
        let path = String(decoding: url.utf8[..<end], as: UTF8.self).removingPercentEncodingSafely.utf8
        let relative = String(decoding: path.dropFirst(), as: UTF8.self)
        if path.last == UInt8(ascii: "/") { return relative + "index.html" }
        let lastPart = path[(path.lastIndex(of: UInt8(ascii: "/")).map(path.index(after:)) ?? path.startIndex)...]
        return lastPart.contains(UInt8(ascii: ".")) ? relative : relative + "/index.html"
    }
}

/// The check stage's messages.
public enum CheckMessages {
    public static let missingURLHint = "link to the page's Markdown file instead, e.g. ../about.md, so the build can keep the link right"
    public static let missingAnchorHint = "check the heading's words: an anchor is the heading in lower case with hyphens between words"

    public static func missingURL(_ url: String) -> String {
        "this links to \(url), but the site has no such page or file"
    }

    public static let outputClashHint = "rename or move one of them so each is written to its own file"

    public static func outputClash(_ path: String, other: String) -> String {
        "this would be written to \(path), which \(other) also writes"
    }

    public static func missingAnchor(_ fragment: String, page: String) -> String {
        "this links to '#\(fragment)', but \(page) has no heading with that id"
    }
}

// MARK: - Helpers

private extension SiteChecker {
    func checkFragment(_ link: LinkReference, pageContentPath: String, idsByPage: [String: [String]]) -> Diagnostic? {
        guard let fragment = link.fragment, !fragment.isEmpty, !link.isImage else { return nil }
        let target: String
        if let path = link.targetContentPath {
            target = path
        } else if link.written.hasPrefix("#") {
            target = pageContentPath
        } else {
            return nil
        }
        guard let ids = idsByPage[target], !ids.contains(fragment), !ids.contains(fragment.removingPercentEncodingSafely) else { return nil }
        return Diagnostic(.error, at: link.location, CheckMessages.missingAnchor(fragment, page: "content/" + target),
                          hint: CheckMessages.missingAnchorHint, code: "broken-anchor")
    }
}
