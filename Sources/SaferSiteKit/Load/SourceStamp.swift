import Glibc

/// What identifies one version of a source file without reading it: its device, inode, size,
/// and modification and change times. The quick rebuild (`QuickRebuild`) reads again only the
/// files whose stamp is not the one the last build read them with.
///
/// A stamp can miss an edit made within the file system's clock tick of the read, with the size
/// unchanged; a file whose times fall that close to the last build's start is never trusted
/// (`LastBuild.trusts`).
struct SourceStamp: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    /// Modification time, in nanoseconds since 1970.
    var modified: Int
    /// Status change time (which no one can set back), in nanoseconds since 1970.
    var changed: Int

    init(device: UInt64, inode: UInt64, size: Int, modified: Int, changed: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int(status.st_size)
        modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
        changed = Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
    }

    /// The stamp of the file at a path, following links; nil when it is not a regular file.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(status)
    }

    /// The time now, in nanoseconds since 1970, as file times count it.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}
