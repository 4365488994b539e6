import Foundation

/// What is wrong with the address a site is to be published at (`base_url`, `--base-url`).
///
/// A base URL may have a path (`https://www.example.gov.uk/safer/`): the site's links are then
/// published under it (`SiteRoot`). Page addresses are added to its end, so it cannot have a
/// query or fragment, and its path cannot climb or hide (`..`, `.`, `//`).
package enum BaseURLProblem: Equatable, Sendable {
    /// Not a full `https://` (or `http://`) address with a host.
    case notAnAddress
    /// The address's path has a `.` or `..` part, or an empty one (`//`), which browsers and
    /// hosts read differently: this path.
    case oddPath(String)
    /// The address has a `?query` or a `#fragment`.
    case hasQueryOrFragment

    /// The problem with `baseURL`, if any; an empty one (no address configured) is fine.
    package init?(baseURL: String) {
        let trimmed = baseURL.trimmed()
        guard !trimmed.isEmpty else { return nil }
        guard let parts = URLComponents(string: trimmed), let scheme = parts.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = parts.host, !host.isEmpty else {
            self = .notAnAddress
            return
        }
        if parts.query != nil || parts.fragment != nil {
            self = .hasQueryOrFragment
        } else if Self.isOdd(path: parts.percentEncodedPath) {
            self = .oddPath(parts.percentEncodedPath)
        } else {
            return nil
        }
    }

    /// What is wrong, in plain words.
    package var message: String {
        switch self {
        case .notAnAddress:
            "the base URL must be a full address starting with https://"
        case .oddPath(let path):
            "the base URL's path (\(path)) has an empty, '.' or '..' part, which browsers and hosts read differently, so links to the site could break"
        case .hasQueryOrFragment:
            "the base URL cannot have a '?' or '#' part: page addresses are added to its end"
        }
    }

    /// Whether a base URL's path has an empty (`//`), `.` or `..` part; its last `/` may end it.
    static func isOdd(path: String) -> Bool {
        guard !path.isEmpty, path != "/" else { return false }
        let inner = path.hasSuffix("/") ? path.dropLast() : Substring(path)
        return inner.dropFirst().split(separator: "/", omittingEmptySubsequences: false).contains { part in
            part.isEmpty || part == "." || part == ".." || part.lowercased() == "%2e" || part.lowercased() == "%2e%2e"
        }
    }

    /// How to put it right.
    package var hint: String {
        switch self {
        case .notAnAddress, .hasQueryOrFragment:
            "write the site's address, e.g. https://www.example.gov.uk/"
        case .oddPath:
            "write the path the site is published under as plain folder names, e.g. https://www.example.gov.uk/community-safety/"
        }
    }
}
