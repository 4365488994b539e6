extension Site {
    /// How the listing of the page at `index` is split into numbered pages; `listing` is
    /// `listing(forPage: index)`, when the caller has it already.
    func pagination(forPage index: Int, listing: [Int]? = nil) -> Pagination {
        Pagination(baseURL: pages[index].url, pageSize: settings.pageSize, count: (listing ?? self.listing(forPage: index)).count)
    }
}
