import Glibc

/// What identifies one version of a written file without reading it: its inode, size and
/// modification time. The build cache reuses an earlier output file only while its stamp is
/// unchanged, so a file someone edited or replaced in `public/` is written afresh.
public struct FileStamp: Sendable, Hashable {
    /// The inode number.
    public var inode: UInt64
    /// The size in bytes.
    public var size: Int
    /// The modification time, in nanoseconds since 1970.
    public var modified: Int

    /// Creates a stamp.
    public init(inode: UInt64, size: Int, modified: Int) {
        self.inode = inode
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at a path (not following a final symbolic link), or nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    /// The stamp of an open file.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    /// How close to when it was read a stamp must not be, to be trusted to show every change since:
    /// file times move in clock ticks of a few milliseconds, so a change made in the same tick as
    /// the reading can leave the time as it was. In nanoseconds.
    static let clockMargin = 100_000_000

    /// Whether the stamp, read at `read` (nanoseconds since 1970), shows every change made since.
    func trusted(readAt read: Int) -> Bool {
        modified < read - Self.clockMargin
    }

    /// The stamp of the folder or regular file at `path` inside the open folder `descriptor`
    /// ("" for that folder itself), not following a final symbolic link; nil when there is none,
    /// or it is of the other kind.
    init?(of path: String, in descriptor: Int32, folder: Bool) {
        var info = stat()
        guard fstatat(descriptor, path.isEmpty ? "." : path, &info, AT_SYMLINK_NOFOLLOW) == 0,
              (info.st_mode & S_IFMT) == (folder ? S_IFDIR : S_IFREG) else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }
}
