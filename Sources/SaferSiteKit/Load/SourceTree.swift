/// Everything the build reads from the source folder, sorted by path so output is deterministic.
package struct SourceTree: Sendable {
    /// Every file found, sorted by path.
    package var files: [SourceFile]

    /// Creates a tree from files in any order.
    package init(files: [SourceFile]) {
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The files of one kind, in path order.
    package func files(_ kind: SourceFile.Kind) -> [SourceFile] {
        files.filter { $0.kind == kind }
    }

    /// The file at a path (`content/about.md`), when there is one; found by halving, since the
    /// files are sorted by path.
    package func file(at path: String) -> SourceFile? {
        var low = files.startIndex, high = files.endIndex
        while low < high {
            let middle = (low + high) / 2
            if files[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < files.endIndex && files[low].path == path ? files[low] : nil
    }

    /// The site settings file, when there is one.
    package var settings: SourceFile? { files.first { $0.kind == .settings } }
}
