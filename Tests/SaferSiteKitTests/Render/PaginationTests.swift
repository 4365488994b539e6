@testable import SaferSiteKit
import Testing

/// Which numbered pages a listing page links to: GOV.UK's pattern, not one link per page.
@Suite("Pagination")
struct PaginationTests {
    /// A listing of `pages` numbered pages, ten entries each.
    func pagination(_ pages: Int) -> Pagination {
        Pagination(baseURL: "/news/", pageSize: 10, count: pages * 10)
    }

    @Test("the first, last, current and neighbouring pages, with a gap for each run left out",
          arguments: [
            (42, 7, [1, nil, 6, 7, 8, nil, 42]),
            (42, 1, [1, 2, nil, 42]),
            (42, 42, [1, nil, 41, 42]),
            (42, 3, [1, 2, 3, 4, nil, 42]),
            (5, 3, [1, 2, 3, 4, 5]),
            (2, 2, [1, 2]),
            (1, 1, [1]),
          ] as [(Int, Int, [Int?])])
    func shown(pages: Int, current: Int, expected: [Int?]) {
        #expect(pagination(pages).shownNumbers(around: current) == expected)
    }

    @Test("a gap that would stand for one page shows that page instead")
    func singlePageGap() {
        // Page 4 of 42: 1, then 3 4 5 around it; page 2 alone between them is shown, not a gap.
        #expect(pagination(42).shownNumbers(around: 4) == [1, 2, 3, 4, 5, nil, 42])
        #expect(pagination(42).shownNumbers(around: 39) == [1, nil, 38, 39, 40, 41, 42])
    }

    @Test("however long the listing, a page shows at most seven items")
    func bounded() {
        let long = pagination(10_000)
        for number in [1, 2, 3, 4, 5, 5_000, 9_996, 9_997, 9_999, 10_000] {
            let shown = long.shownNumbers(around: number)
            #expect(shown.count <= 7, "page \(number): \(shown)")
            #expect(shown.contains(number) && shown.first == 1 && shown.last == 10_000)
        }
    }

    @Test("the template sees gap items and page items with their addresses")
    func value() {
        let value = pagination(9).value(5)
        let items = value["pages"] as? [[String: Any]] ?? []
        #expect(items.map { $0["is_gap"] as? Bool } == [false, true, false, false, false, true, false])
        #expect(items.compactMap { ($0["url"] as? TemplateText)?.text }
                == ["/news/", "/news/page/4/", "/news/page/5/", "/news/page/6/", "/news/page/9/"])
        #expect(items.map { $0["is_current"] as? Bool } == [false, false, false, true, false, false, false])
        #expect(items.filter { $0["is_gap"] as? Bool == true }.allSatisfy { $0["number"] == nil && $0["url"] == nil })
        #expect(value["count"] as? Int == 9 && value["number"] as? Int == 5 && value["is_paged"] as? Bool == true)
        #expect((value["previous"] as? [String: Any])?["number"] as? Int == 4)
        #expect((value["next"] as? [String: Any])?["number"] as? Int == 6)
    }
}
