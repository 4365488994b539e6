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

    /// Where page `number` is written: the listing page's own `first` output path, or its
    /// numbered page's (`updates/page/2/index.html`).
    func outputPath(_ number: Int, first: String) -> String {
        number == 1 ? first : URLPlanner.outputPath(forURL: url(number))
    }

    /// The URL of page `number` (1-based).
    func url(_ number: Int) -> String {
        number == 1 ? baseURL : baseURL + "page/\(number)/"
    }

    /// The first page's URL of the listing that `url` is a numbered page of (`/projects/page/2/`
    /// → `/projects/`), or nil when it is not one: the reverse of `url(_:)`.
    static func listingURL(ofNumberedPage url: String) -> String? {
        let parts = url.split(separator: "/", omittingEmptySubsequences: false)
        // "/projects/page/2/" splits into "", "projects", "page", "2", "".
        guard parts.count >= 4, parts[parts.count - 3] == "page", let number = Int(parts[parts.count - 2]), number >= 2,
              parts.last == "" else { return nil }
        return parts.dropLast(3).joined(separator: "/") + "/"
    }

    /// The entries shown on page `number`.
    func range(_ number: Int) -> Range<Int> {
        let start = (number - 1) * pageSize
        return start..<min(count, start + pageSize)
    }

    /// The page numbers that page `number` links to, as GOV.UK's pagination shows them: the first
    /// and last pages, the current page and one either side, with `nil` for each run of pages
    /// left out. A run of one page is shown rather than left out: the number takes no more room
    /// than the gap would. Page 7 of 42 shows `1 ⋯ 6 7 8 ⋯ 42`, so a long listing offers a
    /// handful of links rather than one for every page.
    func shownNumbers(around number: Int) -> [Int?] {
        let wanted = Set([1, number - 1, number, number + 1, pageCount]).filter { (1...pageCount).contains($0) }.sorted()
        var shown: [Int?] = []
        var previous = 0
        for page in wanted {
            if page - previous == 2 { shown.append(page - 1) } else if page - previous > 2 { shown.append(nil) }
            shown.append(page)
            previous = page
        }
        return shown
    }

    /// What the template sees for page `number`: links to the pages `shownNumbers` picks, the
    /// current one marked, a gap item (`is_gap`) for each run left out, and previous and next,
    /// each at its address under `root`.
    func value(_ number: Int, root: SiteRoot = .top) -> [String: Any] {
        let url = { (number: Int) in root.address(self.url(number)) }
        let pages = shownNumbers(around: number).map { shown -> [String: Any] in
            guard let shown else { return ["is_gap": true, "is_current": false] }
            return ["number": shown, "url": TemplateText(url(shown)), "is_current": shown == number, "is_gap": false]
        }
        var value: [String: Any] = ["number": number, "count": pageCount, "is_paged": pageCount > 1, "pages": pages,
                                    "url": TemplateText(url(number))]
        // A further page is a page of its own: its title says which (GOV.UK writes "Page 2 of 5").
        if number > 1 { value["label"] = TemplateText("Page \(number) of \(pageCount)") }
        if number > 1 { value["previous"] = ["url": TemplateText(url(number - 1)), "number": number - 1] }
        if number < pageCount { value["next"] = ["url": TemplateText(url(number + 1)), "number": number + 1] }
        return value
    }
}
