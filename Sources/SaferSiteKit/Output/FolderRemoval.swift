import Foundation

/// Removes a folder and everything in it, unlinking the files on every core.
///
/// Each build that replaces an output folder removes the old site afterwards: on a large site,
/// thousands of files, which one core took a twentieth of the build to unlink. Symbolic links
/// are removed, never followed. Whatever could not be removed this way (a file without
/// permission) is left to `FileManager`, which reports nothing either: removing an old site is
/// tidying up, never a reason to fail a build.
enum FolderRemoval {
    static func remove(_ folder: URL) {
        var files: [String] = []
        var folders: [String] = []
        collect(folder.path, files: &files, folders: &folders)
        _ = ParallelMap.map(files.count, chunkSize: 64) { unlink(files[$0]) }
        // Collected parents first, so removed children first.
        for path in folders.reversed() { rmdir(path) }
        if FileManager.default.fileExists(atPath: folder.path) {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    private static func collect(_ folder: String, files: inout [String], folders: inout [String]) {
        var status = stat()
        guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        collectContents(of: folder, files: &files, folders: &folders)
    }

    /// The folder's listing says what most entries are (a link is `DT_LNK`, never followed);
    /// an lstat is needed only where it does not.
    private static func collectContents(of folder: String, files: inout [String], folders: inout [String]) {
        folders.append(folder)
        // A name that is not UTF-8 cannot be given as a path here: `FileManager` removes it at the end.
        for listed in FolderWalker.list(folder) where listed.isUTF8 {
            let path = folder + "/" + listed.name
            var isFolder = listed.type == UInt8(DT_DIR)
            if listed.type == UInt8(DT_UNKNOWN) {
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                isFolder = status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                collectContents(of: path, files: &files, folders: &folders)
            } else {
                files.append(path)
            }
        }
    }
}
