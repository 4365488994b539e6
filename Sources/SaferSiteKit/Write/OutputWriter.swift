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
        let staged = try begin()
        do {
            try staged.add(files)
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
    }

    /// Takes the lock and opens a fresh staging folder, for a build that writes its files as it
    /// makes them (so it never holds the whole site in memory) and then commits or discards them.
    /// Takes the lock that keeps other builds from writing the output at the same time.
    func lock() throws -> BuildLock {
        try BuildLock(path: output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path)
    }

    package func begin() throws -> StagedOutput {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try self.lock()
        removeLeftoverStagingFolders(in: parent)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            lock.release()
            throw error
        }
        let staged = StagedOutput(output: output, staging: staging, lock: lock)
        // The marker that makes the folder SaferSite's (`OutputFolderGuard`), written first so
        // every output folder a build puts in place has it.
        do {
            try staged.record([staged.write(OutputFile(path: OutputFolderGuard.markerName, contents: .text(OutputFolderGuard.markerText)))])
        } catch {
            staged.discard()
            throw error
        }
        return staged
    }
}

/// Why the output could not be written.
public enum OutputError: Error, CustomStringConvertible {
    /// A file's path would lead outside the output folder.
    case unsafePath(String)
    /// The new site could not be swapped in for the old one (path, reason).
    case swapFailed(String, String)
    /// Another build holds the lock file.
    case locked(String)
    /// A file could not be written (path, reason).
    case writeFailed(String, String)

    /// The message for the person running the build.
    public var description: String {
        switch self {
        case .unsafePath(let path): "refusing to write outside the output folder: \(path)"
        case .swapFailed(let path, let reason): "could not put the new site in place at \(path): \(reason)"
        case .locked(let path): "another build is writing this site right now (lock file \(path)); wait for it to finish and try again"
        case .writeFailed(let path, let reason): "could not write \(path)\(reason.isEmpty ? "" : ": " + reason)"
        }
    }
}

// MARK: - Helpers

private extension OutputWriter {
    /// A staging folder left by a build that was killed is removed by the next one (we hold the lock).
    func removeLeftoverStagingFolders(in parent: URL) {
        let prefix = ".\(output.lastPathComponent).staging-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

}

extension OutputWriter {
    /// `a/b/c.html` → `a/b`; `c.html` → "".
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Whether a file may be written at `path` inside the output folder: a relative path with no
    /// empty, `.` or `..` part, no backslash and no NUL. Read byte by byte, since every file
    /// written is asked: the bytes of `/`, `.`, `\\` and NUL never occur inside another
    /// character's UTF-8. (A combining mark after a `/` makes one character of the two, which
    /// let `../\u{301}x` through when this compared characters.)
    static func isSafe(_ path: String) -> Bool {
        var partLength = 0
        var dots = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                if partLength == 0 || (partLength == dots && dots <= 2) { return false }
                partLength = 0
                dots = 0
            case UInt8(ascii: "\\"), 0:
                return false
            case UInt8(ascii: "."):
                partLength += 1
                dots += 1
            default:
                partLength += 1
            }
        }
        return partLength > 0 && !(partLength == dots && dots <= 2)
    }
}
