import Foundation

/// What is wrong with the address a site is to be published at (`base_url`, `--base-url`).
///
/// The site's own links are written from the root of the address (`/css/site.css`,
/// `/projects/aspire/`), so the base URL must be the root of a web address: a site published
/// under a path (`https://www.example.gov.uk/safer/`) would have broken links throughout.
package enum BaseURLProblem: Equatable, Sendable {
    /// Not a full `https://` (or `http://`) address with a host.
    case notAnAddress
    /// The address goes on below its root, with this path.
    case hasPath(String)
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
        } else if parts.percentEncodedPath != "" && parts.percentEncodedPath != "/" {
            self = .hasPath(parts.percentEncodedPath)
        } else {
            return nil
        }
    }

    /// What is wrong, in plain words.
    package var message: String {
        switch self {
        case .notAnAddress:
            "the base URL must be a full address starting with https://"
        case .hasPath(let path):
            "the base URL goes on past the site's root (\(path)), but every link SaferSite writes starts at the root of the address, so a site published there would have broken links"
        case .hasQueryOrFragment:
            "the base URL cannot have a '?' or '#' part: page addresses are added to its end"
        }
    }

    /// How to put it right.
    package var hint: String {
        switch self {
        case .notAnAddress, .hasQueryOrFragment:
            "write the site's address, e.g. https://www.example.gov.uk/"
        case .hasPath:
            "publish the site at the root of an address of its own (e.g. https://safer.example.gov.uk/) and give that address"
        }
    }
}
