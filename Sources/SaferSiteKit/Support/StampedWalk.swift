import Glibc

/// Lists every regular file under a folder with its stamp, each looked up from its own folder's
/// open descriptor (`fstatat`), so a large tree costs one short look-up per file rather than a
/// walk of its whole path: how the quick rebuild compares a site's source files with the last build's.
enum StampedWalk {
    /// Every regular file under `folder`, by path inside it, in path order; nil when the folder
    /// cannot be read or holds a symbolic link, a pipe, socket or device, or a name that is not
    /// UTF-8. Folders named with a leading `.` are left out, and so is anything so named that is
    /// not a regular file (as the build's walk does).
    static func files(in folder: String) -> [(path: String, stamp: SourceStamp)]? {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var found: [(path: String, stamp: SourceStamp)] = []
        guard walk(descriptor, prefix: "", into: &found) else { return nil }
        return found.sorted { $0.path < $1.path }
    }

    /// Walks the open folder `descriptor` (which it closes).
    private static func walk(_ descriptor: Int32, prefix: String, into found: inout [(path: String, stamp: SourceStamp)]) -> Bool {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        return DirectoryListing.forEach(in: directory) { bytes, _ in
            let hidden = bytes.first == 0x2E
            guard let name = String(validating: bytes, as: UTF8.self) else { return hidden }
            var status = stat()
            guard fstatat(dirfd(directory), name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                found.append((prefix + name, SourceStamp(status)))
                return true
            case S_IFDIR:
                if hidden { return true }
                let child = openat(dirfd(directory), name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                return child >= 0 && walk(child, prefix: prefix + name + "/", into: &found)
            default:
                return hidden && status.st_mode & S_IFMT != S_IFLNK
            }
        }
    }
}
