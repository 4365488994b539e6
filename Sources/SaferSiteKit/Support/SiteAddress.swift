import Foundation
import FrontMatter

/// The address a site is published at, for files whose links must be absolute (sitemap, feed,
/// robots.txt).
package struct SiteAddress: Sendable, Hashable {
    /// The base URL, always ending in `/`: `https://www.example.gov.uk/`, or with the path the
    /// site is published under, `https://www.example.gov.uk/community-safety/`.
    package let base: String
    /// The scheme and host alone, without the path or a last `/` (`https://www.example.gov.uk`):
    /// what a published address (`SiteRoot.address`) is joined to.
    package let origin: String
    /// Where on the host the site is.
    package let root: SiteRoot

    /// The address from the configured base URL; nil when none is configured, since relative
    /// addresses are not allowed in a sitemap or a feed.
    package init?(baseURL: String) {
        let trimmed = baseURL.trimmed()
        guard !trimmed.isEmpty else { return nil }
        base = trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
        root = SiteRoot(baseURL: base)
        // What comes before the path: the root path is the path percent-encoded, so it is not
        // always how the base URL ends (`/sécurité/` is `/s%C3%A9curit%C3%A9/`).
        let host = base.range(of: "://").map(\.upperBound) ?? base.startIndex
        origin = String(base[..<(base[host...].firstIndex(of: "/") ?? base.endIndex)])
    }

    /// The absolute URL of a site path (`/projects/aspire/` → `https://…/projects/aspire/`, under
    /// the base URL's path when it has one), with any character that is not allowed in a URL
    /// percent-encoded (RFC 3986).
    package func absolute(_ siteURL: String) -> String {
        let path = siteURL.hasPrefix("/") ? String(siteURL.dropFirst()) : siteURL
        return origin + root.address("/" + Self.percentEncoded(path))
    }
}

// MARK: - Helpers

private extension SiteAddress {
    /// Unreserved characters, sub-delimiters, `:`, `@`, `/`, and `#` for fragments; `%` is never in
    /// a page URL (the URL planner refuses it), so there is nothing already encoded to protect.
    static let allowed: Set<UInt8> = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/#".utf8)

    static let hexDigits = Array("0123456789ABCDEF")

    static func percentEncoded(_ path: String) -> String {
        var result = ""
        result.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
