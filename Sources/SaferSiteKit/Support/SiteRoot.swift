import Foundation

/// Where on its host a site is published, and the one rule that turns a site path into the
/// address a browser is sent to.
///
/// Inside the build every page and file has a *site path*, read from the site's own root:
/// `/`, `/projects/aspire/`, `/css/site.css`. Output files are written at those paths inside
/// `public/`, whatever the host. A site may be published at the root of its host
/// (`https://safer.example.gov.uk/`) or under a path
/// (`https://www.example-council.gov.uk/community-safety/`, the host mapping `public/` there);
/// every link, menu, breadcrumb, asset, search result and download then uses the *published
/// address*: the site path under the root path (`/community-safety/projects/aspire/`).
/// At the root of a host the two are the same, byte for byte.
package struct SiteRoot: Sendable, Hashable {
    /// The path the site's root is published at, starting and ending in `/` and
    /// percent-encoded as written in the base URL: `/`, or `/community-safety/`.
    package let path: String

    /// A site at the root of its host.
    package static let top = SiteRoot(checkedPath: "/")

    /// The root path of a base URL (`https://host/community-safety` → `/community-safety/`):
    /// `/` when it has no path, or when no base URL (or one that is not an address) is given.
    package init(baseURL: String) {
        let trimmed = baseURL.trimmed()
        guard !trimmed.isEmpty, let parts = URLComponents(string: trimmed), parts.host != nil else {
            self = .top
            return
        }
        let written = parts.percentEncodedPath
        let withSlashes = (written.hasPrefix("/") ? written : "/" + written)
        self.init(checkedPath: withSlashes.hasSuffix("/") ? withSlashes : withSlashes + "/")
    }

    private init(checkedPath: String) {
        path = checkedPath
    }

    /// Whether the site is published at the root of its host, where addresses and site paths are the same.
    package var isTop: Bool { path == "/" }

    /// The published address of a site path: `/projects/` → `/community-safety/projects/`.
    /// Anything that is not a site path (an external address, `//host/`, `#anchor`, `mailto:`)
    /// is returned as it is.
    package func address(_ sitePath: String) -> String {
        guard !isTop, sitePath.hasPrefix("/"), !sitePath.hasPrefix("//") else { return sitePath }
        return path + sitePath.dropFirst()
    }

    /// The site path of a published address (`/community-safety/about/` → `/about/`; the root
    /// path without its last `/` is the home page); nil when the address is outside the root path.
    package func sitePath(ofAddress address: String) -> String? {
        if isTop { return address.hasPrefix("/") ? address : nil }
        if address.hasPrefix(path) { return "/" + address.dropFirst(path.count) }
        if address == path.dropLast() { return "/" }
        return nil
    }

    /// The published address of a root-relative address a person wrote (in Markdown, a menu):
    /// one already under the root path is kept; any other is read from the site's root, as a
    /// site path. With the site path it leads to, for the link check.
    package func addressWritten(_ written: String) -> (address: String, sitePath: String) {
        if !isTop, written.hasPrefix("/"), !written.hasPrefix("//"), let sitePath = sitePath(ofAddress: written) {
            return (written, sitePath)
        }
        return (address(written), written)
    }
}
