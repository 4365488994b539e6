import CSystemShims
import Foundation

/// A build's output being written: a staging folder beside the output, and the lock that keeps
/// other builds out. `commit()` swaps it into place in one step; `discard()` removes it.
public final class StagedOutput: @unchecked Sendable {
    private let output: URL
    private let staging: URL
    private let lock: BuildLock
    private var madeFolders: Set<String> = []
    /// Every file written so far, by path inside the output folder, with its stamp.
    public private(set) var stamps: [String: FileStamp] = [:]
    private var finished = false

    init(output: URL, staging: URL, lock: BuildLock) {
        self.output = output
        self.staging = staging
        self.lock = lock
    }

    deinit {
        if !finished { discard() }
    }

    /// Writes files into the staging folder.
    public func add(_ files: [OutputFile]) throws {
        stamps.merge(try OutputWriter.writeFiles(files, into: staging, made: &madeFolders)) { _, new in new }
    }

    /// Swaps the staging folder in for the output (atomically when there was an old output) and
    /// removes the old site.
    public func commit() throws {
        defer {
            finished = true
            lock.release()
        }
        let manager = FileManager.default
        if manager.fileExists(atPath: output.path) {
            guard safersite_exchange_paths(staging.path, output.path) == 0 else {
                let code = errno
                try? manager.removeItem(at: staging)
                throw OutputError.swapFailed(output.path, String(cString: strerror(code)))
            }
            // `staging` now holds the old site.
            FolderRemoval.remove(staging)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }

    /// Removes the staging folder, leaving the old output as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }
}
