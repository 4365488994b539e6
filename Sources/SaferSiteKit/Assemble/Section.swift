/// A folder of `content/`: its own page and the pages and sections inside it.
package struct Section: Sendable {
    /// Path inside `content/` (`partnerships/oxford`); `""` is the top level, whose page is the home page.
    package var path: String
    /// Index in `Site.pages` of the section's own page.
    package var pageIndex: Int
    /// Indexes in `Site.pages` of the pages directly inside, in listing order.
    package var pageIndexes: [Int]
    /// Paths of the sections directly inside, in listing order.
    package var subsectionPaths: [String]

    /// Creates a section.
    package init(path: String, pageIndex: Int, pageIndexes: [Int] = [], subsectionPaths: [String] = []) {
        self.path = path
        self.pageIndex = pageIndex
        self.pageIndexes = pageIndexes
        self.subsectionPaths = subsectionPaths
    }

    /// The path of the section holding this one, or nil for the top level.
    package var parentPath: String? {
        if path.isEmpty { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
