/// How a long listing is split into numbered pages: `/updates/`, `/updates/page/2/`, ...
struct Pagination: Sendable {
    /// The listing's first page URL.
    let baseURL: String
    /// Entries per page.
    let pageSize: Int
    /// Entries in the whole listing.
    let count: Int

    /// How many numbered pages there are (at least 1).
    var pageCount: Int { max(1, (count + pageSize - 1) / pageSize) }

    /// The URL of page `number` (1-based).
    func url(_ number: Int) -> String {
        number == 1 ? baseURL : baseURL + "page/\(number)/"
    }

    /// The entries shown on page `number`.
    func range(_ number: Int) -> Range<Int> {
        let start = (number - 1) * pageSize
        return start..<min(count, start + pageSize)
    }

    /// What the template sees for page `number`: links to the others, the current one marked.
    func value(_ number: Int) -> [String: Any] {
        var value: [String: Any] = [
            "number": number, "count": pageCount, "is_paged": pageCount > 1,
            "pages": (1...pageCount).map { ["number": $0, "url": TemplateText(url($0)), "is_current": $0 == number] },
        ]
        if number > 1 { value["previous"] = ["url": TemplateText(url(number - 1)), "number": number - 1] }
        if number < pageCount { value["next"] = ["url": TemplateText(url(number + 1)), "number": number + 1] }
        return value
    }
}
