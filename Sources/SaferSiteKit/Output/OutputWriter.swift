import CSystemShims
import Foundation

/// The write stage: puts the built site in place so that the output folder is, at every moment,
/// either the complete old site or the complete new one.
///
/// Files are written into a staging folder beside the output, which is then swapped with the old
/// output in one `renameat2(RENAME_EXCHANGE)` call. A lock file beside the output stops two builds
/// from writing at once.
public struct OutputWriter: Sendable {
    /// The output folder, e.g. `public/`.
    public var output: URL

    /// Creates a writer for an output folder.
    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Writes every file and swaps the result into place. Throws, leaving the old output as it was,
    /// when anything cannot be written.
    public func write(_ files: [OutputFile]) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try BuildLock(path: parent.appendingPathComponent(".\(output.lastPathComponent).lock").path)
        defer { lock.release() }
        removeLeftoverStagingFolders(in: parent)

        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try writeFiles(files, into: staging)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        if manager.fileExists(atPath: output.path) {
            guard safersite_exchange_paths(staging.path, output.path) == 0 else {
                let code = errno
                try? manager.removeItem(at: staging)
                throw OutputError.swapFailed(output.path, String(cString: strerror(code)))
            }
            // `staging` now holds the old site.
            try? manager.removeItem(at: staging)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }
}

/// Why the output could not be written.
public enum OutputError: Error, CustomStringConvertible {
    case unsafePath(String)
    case swapFailed(String, String)
    case locked(String)

    public var description: String {
        switch self {
        case .unsafePath(let path): "refusing to write outside the output folder: \(path)"
        case .swapFailed(let path, let reason): "could not put the new site in place at \(path): \(reason)"
        case .locked(let path): "another build is writing this site right now (lock file \(path)); wait for it to finish and try again"
        }
    }
}

// MARK: - Helpers

private extension OutputWriter {
    func writeFiles(_ files: [OutputFile], into folder: URL) throws {
        let manager = FileManager.default
        var madeFolders: Set<String> = [""]
        for file in files {
            guard Self.isSafe(file.path) else { throw OutputError.unsafePath(file.path) }
            let folderPath = Self.parent(of: file.path)
            if !madeFolders.contains(folderPath) {
                try manager.createDirectory(at: folder.appendingPathComponent(folderPath), withIntermediateDirectories: true)
                var partial = folderPath
                while !partial.isEmpty, madeFolders.insert(partial).inserted {
                    partial = Self.parent(of: partial)
                }
            }
            try file.data.write(to: folder.appendingPathComponent(file.path))
        }
    }

    /// A staging folder left by a build that was killed is removed by the next one (we hold the lock).
    func removeLeftoverStagingFolders(in parent: URL) {
        let prefix = ".\(output.lastPathComponent).staging-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// `a/b/c.html` → `a/b`; `c.html` → "".
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
