import Glibc

/// The stamps of an output folder's files and folders: the quick rebuild updates an output
/// folder in place only while it holds exactly what the last build left there.
///
/// A folder's modification time moves whenever a name in it is added, removed or renamed, so
/// the stamps of the folders and of the files together show that nothing was added, removed,
/// replaced or edited, without listing any folder: one look-up per path.
enum OutputScan {
    /// The stamps of `root` (path "") and of every folder holding one of `files` (paths inside
    /// it), in path order; nil when one cannot be looked at.
    static func folders(holding files: some Sequence<String>, in root: String) -> [(path: String, stamp: FileStamp)]? {
        var paths: Set<String> = [""]
        for file in files {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                // Its own folders went in with it.
                guard paths.insert(String(path)).inserted else { break }
            }
        }
        let sorted = paths.sorted()
        return withFolder(root) { descriptor in
            var found: [(path: String, stamp: FileStamp)] = []
            found.reserveCapacity(sorted.count)
            for path in sorted {
                guard let stamp = FileStamp(of: path, in: descriptor, folder: true) else { return nil }
                found.append((path, stamp))
            }
            return found
        }
    }

    /// Whether every folder and file is still in `root` with its stamp: the folders' stamps read
    /// at `foldersRead`, and `replaced` the new stamps of those changed since, by path, each with
    /// when it was read. A folder whose stamp is too close to its reading to be trusted
    /// (`FileStamp.trusted(readAt:)`) is listed, and must hold just the files and folders given.
    /// Looked over on every core: a large site has tens of thousands, each a system call.
    ///
    /// Nil when anything differs; else the folders listed, by path, each with its stamp and when
    /// this check read it, which the next check may trust if it is old enough by then.
    static func matches(folders: [(path: String, stamp: FileStamp)], files: [(path: String, stamp: FileStamp)], foldersRead: Int,
                        replaced: [String: (stamp: FileStamp, read: Int)], in root: String) -> [String: (stamp: FileStamp, read: Int)]? {
        let started = SourceStamp.now()
        return withFolder(root) { descriptor in
            let chunkSize = 1024
            let chunks = (folders.count + chunkSize - 1) / chunkSize
            let listed = ParallelMap.map(chunks + (files.count + chunkSize - 1) / chunkSize, chunkSize: 1) { chunk -> [(String, FileStamp)]? in
                let (entries, areFolders, first) = chunk < chunks ? (folders, true, chunk * chunkSize) : (files, false, (chunk - chunks) * chunkSize)
                var listed: [(String, FileStamp)] = []
                for entry in entries[first..<min(entries.count, first + chunkSize)] {
                    let (stamp, read) = (replaced.isEmpty ? nil : replaced[entry.path]) ?? (entry.stamp, foldersRead)
                    guard FileStamp(of: entry.path, in: descriptor, folder: areFolders) == stamp else { return nil }
                    guard areFolders, !stamp.trusted(readAt: read) else { continue }
                    guard names(in: entry.path, of: descriptor) == Set(children(of: entry.path, in: folders) + children(of: entry.path, in: files))
                    else { return nil }
                    listed.append((entry.path, stamp))
                }
                return listed
            }
            guard !listed.contains(where: { $0 == nil }) else { return nil }
            return Dictionary(listed.flatMap { $0! }.map { ($0.0, (stamp: $0.1, read: started)) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The names in the folder at `path` inside the open folder `descriptor`; nil when it cannot
    /// be listed or holds a name that is not UTF-8.
    static func names(in path: String, of descriptor: Int32) -> Set<String>? {
        let folder = openat(descriptor, path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        guard let listing = fdopendir(folder) else {
            close(folder)
            return nil
        }
        defer { closedir(listing) }
        var names: Set<String> = []
        let allUTF8 = DirectoryListing.forEach(in: listing) { bytes, _ in
            guard let name = String(validating: bytes, as: UTF8.self) else { return false }
            names.insert(name)
            return true
        }
        return allUTF8 ? names : nil
    }

    /// The names of the entries directly in the folder at `path`, of entries in path order.
    static func children(of path: String, in entries: [(path: String, stamp: FileStamp)]) -> [String] {
        let prefix = path.isEmpty ? "" : path + "/"
        // Those under the folder are together, from the first at or after its prefix.
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].path < prefix { low = middle + 1 } else { high = middle }
        }
        var names: [String] = []
        for entry in entries[low...] {
            guard entry.path.hasPrefix(prefix) else { break }
            let rest = entry.path.dropFirst(prefix.count)
            if !rest.isEmpty && !rest.utf8.contains(UInt8(ascii: "/")) { names.append(String(rest)) }
        }
        return names
    }

    private static func withFolder<Result>(_ root: String, _ body: (Int32) -> Result?) -> Result? {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return body(descriptor)
    }
}
