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

    /// Whether every folder and file is still in `root` with its stamp (`replaced` has the new
    /// stamps of those changed since, by path). Looked over on every core: a large site has tens
    /// of thousands, each a system call.
    static func matches(folders: [(path: String, stamp: FileStamp)], files: [(path: String, stamp: FileStamp)],
                        replaced: [String: FileStamp], in root: String) -> Bool {
        withFolder(root) { descriptor in
            let chunkSize = 1024
            let chunks = (folders.count + chunkSize - 1) / chunkSize
            return ParallelMap.map(chunks + (files.count + chunkSize - 1) / chunkSize, chunkSize: 1) { chunk in
                let (entries, areFolders, first) = chunk < chunks ? (folders, true, chunk * chunkSize) : (files, false, (chunk - chunks) * chunkSize)
                return entries[first..<min(entries.count, first + chunkSize)].allSatisfy { entry in
                    FileStamp(of: entry.path, in: descriptor, folder: areFolders) == (replaced.isEmpty ? nil : replaced[entry.path]) ?? entry.stamp
                }
            }.allSatisfy { $0 }
        } ?? false
    }

    private static func withFolder<Result>(_ root: String, _ body: (Int32) -> Result?) -> Result? {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return body(descriptor)
    }
}
