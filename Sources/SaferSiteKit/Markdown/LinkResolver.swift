import Foundation
import TextSupport

/// Decides where each link of a page body goes: `.md` links become page URLs, links to files
/// in `content/` become site URLs, and unsafe or broken destinations are reported.
package struct LinkResolver: Sendable {
    /// What became of a link destination.
    package enum Resolution: Sendable, Equatable {
        /// Leave the destination as written (external, `#anchor`, `/absolute`).
        case keep
        /// Use this URL instead; `page` is the target's content path when it is a page.
        case rewrite(url: String, page: String?, fragment: String?)
        /// The destination is refused or broken: report this and drop the link target.
        case problem(message: String, hint: String, code: String)
    }

    /// Page URL by path inside `content/`.
    package var pageURLs: [String: String]
    /// Paths inside `content/` of the files copied as they are.
    package var assetPaths: Set<String>
    /// Where on its host the site is published: what the links in a page's HTML start with.
    package var root: SiteRoot
    /// Where each of `assetPaths` is published, inside the output (`StaticFiles.outputPath`).
    private let assetOutputPaths: Set<String>

    /// The page at each URL, for links written relative to the page's address.
    private let contentPathByURL: [String: String]

    /// Creates a resolver for a whole site.
    package init(pageURLs: [String: String], assetPaths: Set<String>, root: SiteRoot = .top) {
        self.pageURLs = pageURLs
        self.assetPaths = assetPaths
        self.root = root
        self.assetOutputPaths = Set(assetPaths.map(StaticFiles.outputPath(ofContentPath:)))
        self.contentPathByURL = Dictionary(pageURLs.map { ($1, $0) }, uniquingKeysWith: min)
    }

    /// The page (its path inside `content/`) at a site path written as it is (`/projects/aspire/`,
    /// `/projects/aspire#aims`), or nil when no page is there.
    package func page(atSitePath sitePath: String) -> String? {
        let address = String(sitePath.prefix { $0 != "#" && $0 != "?" }).removingPercentEncodingSafely
        return contentPathByURL[address] ?? contentPathByURL[address.hasSuffix("/") ? address : address + "/"]
    }

    /// Resolves a destination written in a page whose file is in `folder` (inside `content/`) and
    /// which is published at `pageURL`. URLs are site paths (`SiteRoot` makes them addresses).
    ///
    /// A relative link is first read as a path to a file in `content/` (`../projects/aspire.md`,
    /// `files/plan.pdf`); failing that, as a browser would read it, relative to the page's own
    /// address (`../../projects/aspire/`). Either way it is rewritten to the site path it leads to,
    /// so it still works where the body appears at another address (a listing's second page, a feed).
    package func resolve(_ destination: String, fromFolder folder: String, pageURL: String = "/") -> Resolution {
        let trimmed = destination.trimmed()
        if trimmed.isEmpty {
            return .problem(message: MarkdownMessages.emptyLink, hint: MarkdownMessages.emptyLinkHint, code: "empty-link")
        }
        if let scheme = Self.scheme(of: trimmed) {
            if Self.unsafeSchemes.contains(scheme) {
                return .problem(message: MarkdownMessages.unsafeScheme(scheme), hint: MarkdownMessages.unsafeSchemeHint, code: "unsafe-link")
            }
            return .keep
        }
        if trimmed.hasPrefix("#") || trimmed.hasPrefix("/") { return .keep }
        var pathPart = trimmed
        var fragment: String?
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = String(pathPart[..<hash])
        }
        let decoded = pathPart.removingPercentEncodingSafely
        let suffix = fragment.map { "#" + $0 } ?? ""
        let target = Self.join(folder, decoded)
        if let target, let url = pageURLs[target] {
            return .rewrite(url: url + suffix, page: target, fragment: fragment)
        }
        if let target, decoded.hasSuffix(".md") {
            return .problem(message: MarkdownMessages.missingPage(target), hint: hintForMissingPage(target, from: folder), code: "broken-link")
        }
        if let target, assetPaths.contains(target) {
            return .rewrite(url: "/" + Self.percentEncodePath(StaticFiles.outputPath(ofContentPath: target)) + suffix,
                            page: nil, fragment: fragment)
        }
        if !decoded.hasSuffix(".md"), let address = Self.address(decoded, from: pageURL) {
            let asFolder = address.hasSuffix("/") ? address : address + "/"
            if let page = contentPathByURL[address] ?? contentPathByURL[asFolder] {
                return .rewrite(url: address + suffix, page: page, fragment: fragment)
            }
            if assetOutputPaths.contains(String(address.dropFirst())) {
                return .rewrite(url: address + suffix, page: nil, fragment: fragment)
            }
        }
        guard let target else {
            return .problem(message: MarkdownMessages.outsideContent(destination), hint: MarkdownMessages.outsideContentHint, code: "broken-link")
        }
        return .problem(message: MarkdownMessages.missingFile(target), hint: MarkdownMessages.missingFileHint, code: "broken-link")
    }

    /// Schemes never allowed in a link, even with raw HTML on.
    package static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// A URL's scheme in lower case (`https`, `mailto`), or nil for a relative reference.
    package static func scheme(of url: String) -> String? {
        // Browsers ignore tabs and newlines inside a scheme, and leading control characters.
        var scheme = ""
        for scalar in url.unicodeScalars where scalar.value > 0x20 && scalar != "\u{7F}" {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isLater = ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)
            guard isLetter || (!scheme.isEmpty && isLater) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}

extension LinkResolver {
    /// The site URL of a file published at `path` inside the output folder: `/photos/fun%20day.jpg`.
    static func fileURL(_ path: String) -> String {
        "/" + percentEncodePath(path)
    }

    /// The page (its path inside `content/`) that a path naming no page most likely means: one
    /// whose file name is close, whatever its folder, or whose whole path is close.
    func nearestPage(to target: String) -> String? {
        let name = Self.fileName(target)
        return pageURLs.keys.map { path in (path: path, name: EditDistance.between(Self.fileName(path), name),
                                             whole: EditDistance.between(path, target)) }
            .filter { $0.name <= max(2, name.count / 4) || $0.whole <= max(3, target.count / 4) }
            .min { ($0.name, $0.whole, $0.path) < ($1.name, $1.whole, $1.path) }?.path
    }
}

// MARK: - Helpers

private extension LinkResolver {
    /// Joins a relative path to a folder inside `content/`, resolving `.` and `..`; nil when it
    /// climbs out. A path ending in `/` names a section, whose page is its `_index.md`.
    static func join(_ folder: String, _ relative: String) -> String? {
        guard var parts = segments(Substring(folder), relative) else { return nil }
        if relative.hasSuffix("/") { parts.append(parts.isEmpty ? "index.md" : "_index.md") }
        return parts.joined(separator: "/")
    }

    /// Resolves a relative reference against a page's URL as a browser does: `/a/b/` + `../c/` → `/a/c/`.
    static func address(_ relative: String, from pageURL: String) -> String? {
        // The page's folder: its URL up to the last `/`.
        let base = pageURL.lastIndex(of: "/").map { pageURL[..<$0] } ?? ""
        guard let parts = segments(base, relative) else { return nil }
        let path = "/" + parts.joined(separator: "/")
        return relative.hasSuffix("/") && !parts.isEmpty ? path + "/" : path
    }

    static func segments(_ folder: Substring, _ relative: String) -> [Substring]? {
        var parts = folder.split(separator: "/")
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts
    }

    static func percentEncodePath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// The hint for a link to a page that does not exist: the page it most likely means, anywhere
    /// in the site, written as the link should be, relative to `folder` (the linking page's).
    /// A page whose file name is close counts, whatever its folder, and so does one whose whole
    /// path is close.
    func hintForMissingPage(_ target: String, from folder: String) -> String {
        guard let nearest = nearestPage(to: target) else { return MarkdownMessages.missingPageHint }
        return MarkdownMessages.didYouMean(Self.relativePath(to: nearest, from: folder))
    }

    /// The last part of a path: `projects/aspire.md` → `aspire.md`.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// How a link in a page of `folder` names the file at `path` (both inside `content/`):
    /// `projects` to `projects/aspire.md` is `aspire.md`; `updates` to it, `../projects/aspire.md`.
    static func relativePath(to path: String, from folder: String) -> String {
        let from = folder.split(separator: "/"), to = path.split(separator: "/")
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[shared] == to[shared] { shared += 1 }
        return (Array(repeating: "..", count: from.count - shared) + to[shared...].map(String.init)).joined(separator: "/")
    }
}
