import Diagnostics

/// `insecure-link`: links and images to other sites use `https://`.
///
/// A `www.` address written in the text becomes an `http://` link, so it is caught here too.
struct InsecureLinkRule: PageRule {
    let check = ContentCheck.insecureLink

    /// Links and images whose address starts with `http:`.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.links
            .filter { LinkResolver.scheme(of: $0.link.written) == "http" }
            .map { page.finding(check, at: $0.location, ContentCheckMessages.insecureLink($0.link.written), hint: ContentCheckMessages.insecureLinkHint) }
    }
}
