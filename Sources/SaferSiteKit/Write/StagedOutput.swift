import CSystemShims
import Foundation

/// A build's output being written: a staging folder beside the output, and the lock that keeps
/// other builds out. `commit()` swaps it into place in one step; `discard()` removes it.
package final class StagedOutput: @unchecked Sendable {
    private let output: URL
    private let staging: URL
    /// `staging.path`, made once rather than for every file written.
    private let stagingPath: String
    private let lock: BuildLock
    private var finished = false

    init(output: URL, staging: URL, lock: BuildLock) {
        self.output = output
        self.staging = staging
        self.stagingPath = staging.path
        self.lock = lock
    }

    /// Whether anything (a link included, not followed) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    deinit {
        if !finished { discard() }
    }

    /// Writes files into the staging folder, on every core; throws the first failure, in file order.
    package func add(_ files: [OutputFile]) throws {
        try record(ParallelMap.map(files.count, chunkSize: 32) { write(files[$0]) })
    }

    /// One file written by `write(_:)`: its path inside the output folder, and what went wrong, if anything.
    package struct WrittenFile: Sendable {
        let path: String
        let result: Result<Void, OutputError>
    }

    /// Writes one file into the staging folder, making its folders as needed, and hands back the
    /// outcome for `record(_:)`. Unlike `add(_:)` it may be called from several threads at once,
    /// each with its own file, so each core writes the files it rendered as it goes.
    package func write(_ file: OutputFile) -> WrittenFile {
        guard OutputWriter.isSafe(file.path) else { return WrittenFile(path: file.path, result: .failure(.unsafePath(file.path))) }
        let root = stagingPath
        if case .failure(let error) = OutputWriter.makeFolder(OutputWriter.parent(of: file.path), in: root) {
            return WrittenFile(path: file.path, result: .failure(error))
        }
        return WrittenFile(path: file.path, result: OutputWriter.write(file, into: root))
    }

    /// Throws the first failure among files written by `write(_:)`, in the order given.
    package func record(_ written: [WrittenFile]) throws {
        for file in written {
            if case .failure(let error) = file.result { throw error }
        }
    }

    /// Swaps the staging folder in for the output (atomically when there was an old output),
    /// removes the old site, and lets other builds in.
    package func commit() throws {
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
            try? manager.removeItem(at: staging)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }

    /// Copies each kept path (`keep_in_output`) that the old output holds into the staging folder,
    /// so the swap keeps it; a path the old output lacks is skipped (the first build, say). Copied
    /// rather than moved, so the old output stays whole until the swap, and a failed build leaves
    /// it exactly as it was. (The check stage has made sure the site makes nothing at a kept path.)
    func keep(_ kept: [KeptOutputPath]) throws {
        for entry in kept where Self.exists(output.path + "/" + entry.path) {
            if case .failure(let error) = OutputWriter.makeFolder(OutputWriter.parent(of: entry.path), in: stagingPath) { throw error }
            do {
                try FileManager.default.copyItem(atPath: output.path + "/" + entry.path, toPath: stagingPath + "/" + entry.path)
            } catch {
                throw OutputError.writeFailed(stagingPath + "/" + entry.path, "could not copy the kept \(entry.path): \(error.localizedDescription)")
            }
        }
    }

    /// Removes the staging folder, leaving the old output as it was.
    package func discard() {
        guard !finished else { return }
        finished = true
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }
}
