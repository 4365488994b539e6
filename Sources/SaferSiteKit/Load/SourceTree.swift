/// Everything the build reads from the source folder, sorted by path so output is deterministic.
public struct SourceTree: Sendable {
    /// Every file found, sorted by path.
    public var files: [SourceFile]
    /// Whether some file under `content/` was read through a symbolic link or has other hard
    /// links, so that one file on disk may stand behind more than one path here.
    public var hasLinkedFiles: Bool
    /// Each file's stamp when it was read, in the order of `files`; nil for a tree made in memory.
    var stamps: [SourceStamp]?

    /// Creates a tree from files in any order.
    public init(files: [SourceFile], hasLinkedFiles: Bool = false) {
        self.files = files.sorted { $0.path < $1.path }
        self.hasLinkedFiles = hasLinkedFiles
    }

    /// A tree of files as read from disk, each with its stamp (`stamps[i]` belongs to `files[i]`).
    init(files: [SourceFile], stamps: [SourceStamp], hasLinkedFiles: Bool) {
        let order = files.indices.sorted { files[$0].path < files[$1].path }
        self.files = order.map { files[$0] }
        self.stamps = stamps.count == files.count ? order.map { stamps[$0] } : nil
        self.hasLinkedFiles = hasLinkedFiles
    }

    /// The files of one kind, in path order.
    public func files(_ kind: SourceFile.Kind) -> [SourceFile] {
        files.filter { $0.kind == kind }
    }

    /// The site settings file, when there is one.
    public var settings: SourceFile? { files.first { $0.kind == .settings } }
}
