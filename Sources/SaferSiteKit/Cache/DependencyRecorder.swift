/// Notes what a page body asked of the rest of the site while it was rendered: where each link
/// goes (`LinkResolver`'s answers) and which data tables it showed. Besides its own file, that is
/// all a body depends on, so the same answers mean the same HTML.
///
/// Used by one page's render on one thread at a time.
final class DependencyRecorder: @unchecked Sendable {
    /// Each destination asked about, with its answer in `LinkDependency` form, in order.
    private(set) var links: [LinkDependency] = []
    /// The name of each data table asked for, in order.
    private(set) var dataNames: [String] = []

    func note(_ destination: String, _ resolution: LinkResolver.Resolution) {
        links.append(LinkDependency(destination: destination, answer: LinkDependency.answer(resolution)))
    }

    func noteData(_ name: String) {
        dataNames.append(name)
    }
}

/// One link of a page body and where the site sent it, kept in the cache so a later build can
/// ask again and see whether the answer changed.
struct LinkDependency: Sendable, Hashable {
    /// The destination as written.
    var destination: String
    /// The answer, flattened to text so it can be stored and compared.
    var answer: String

    static func answer(_ resolution: LinkResolver.Resolution) -> String {
        switch resolution {
        case .keep: "keep"
        case .rewrite(let url, let page, let fragment):
            ["rewrite", url, page.map { "+" + $0 } ?? "-", fragment.map { "+" + $0 } ?? "-"].joined(separator: "\u{0}")
        case .problem(let message, let hint, let code): ["problem", message, hint, code].joined(separator: "\u{0}")
        }
    }
}
