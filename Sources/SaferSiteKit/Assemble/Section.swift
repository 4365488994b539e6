/// A folder of `content/`: its own page and the pages and sections inside it.
public struct Section: Sendable {
    /// Path inside `content/` (`partnerships/oxford`); `""` is the top level, whose page is the home page.
    public var path: String
    /// Index in `Site.pages` of the section's own page.
    public var pageIndex: Int
    /// Indexes in `Site.pages` of the pages directly inside, in listing order.
    public var pageIndexes: [Int]
    /// Paths of the sections directly inside, in listing order.
    public var subsectionPaths: [String]

    /// Creates a section.
    public init(path: String, pageIndex: Int, pageIndexes: [Int] = [], subsectionPaths: [String] = []) {
        self.path = path
        self.pageIndex = pageIndex
        self.pageIndexes = pageIndexes
        self.subsectionPaths = subsectionPaths
    }

    /// The path of the section holding this one, or nil for the top level.
    public var parentPath: String? {
        if path.isEmpty { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
