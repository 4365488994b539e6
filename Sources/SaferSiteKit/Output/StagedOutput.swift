import CSystemShims
import Foundation

/// A build's output being written: a staging folder beside the output, and the lock that keeps
/// other builds out. `commit()` swaps it into place in one step; `discard()` removes it.
public final class StagedOutput: @unchecked Sendable {
    private let output: URL
    private let staging: URL
    /// `staging.path`, made once rather than for every file written.
    private let stagingPath: String
    private let lock: BuildLock
    /// Every file written so far, by path inside the output folder, with its stamp.
    public private(set) var stamps: [String: FileStamp] = [:]
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
    public func add(_ files: [OutputFile]) throws {
        try record(ParallelMap.map(files.count, chunkSize: 32) { write(files[$0]) })
    }

    /// One file written by `write(_:)`: its path inside the output folder, and its stamp or what went wrong.
    public struct WrittenFile: Sendable {
        let path: String
        let result: Result<FileStamp, OutputError>
    }

    /// Writes one file into the staging folder, making its folders as needed, and hands back the
    /// outcome for `record(_:)`. Unlike `add(_:)` it may be called from several threads at once,
    /// each with its own file, so each core writes the files it rendered as it goes.
    public func write(_ file: OutputFile) -> WrittenFile {
        guard OutputWriter.isSafe(file.path) else { return WrittenFile(path: file.path, result: .failure(.unsafePath(file.path))) }
        let root = stagingPath
        if case .failure(let error) = OutputWriter.makeFolder(OutputWriter.parent(of: file.path), in: root) {
            return WrittenFile(path: file.path, result: .failure(error))
        }
        return WrittenFile(path: file.path, result: OutputWriter.write(file, into: root))
    }

    /// Keeps the stamps of files written by `write(_:)`; throws the first failure among them.
    public func record(_ written: [WrittenFile]) throws {
        stamps.reserveCapacity(stamps.count + written.count)
        for file in written {
            switch file.result {
            case .success(let stamp): stamps[file.path] = stamp
            case .failure(let error): throw error
            }
        }
    }

    /// The stamps of the staging folder (path "") and of every folder in it that holds a written
    /// file, with when they were read (nanoseconds since 1970); nil when one cannot be read. Taken
    /// before `commit`, while no one else knows the folder: moving or swapping it into place
    /// leaves its folders' stamps as they are.
    public func folderStamps() -> (stamps: [(path: String, stamp: FileStamp)], read: Int)? {
        let read = SourceStamp.now()
        return OutputScan.folders(holding: stamps.keys, in: stagingPath).map { ($0, read) }
    }

    /// Swaps the staging folder in for the output (atomically when there was an old output),
    /// then removes the old site on another thread while `meanwhile` runs on this one (the build
    /// saves its cache there), and lets other builds in once both are done.
    public func commit(meanwhile: () -> Void = {}) throws {
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
            let removal = Background { [staging] in FolderRemoval.remove(staging) }
            meanwhile()
            removal.value
        } else {
            try manager.moveItem(at: staging, to: output)
            meanwhile()
        }
    }

    /// Copies each kept path (`keep_in_output`) that the old output holds into the staging folder,
    /// so the swap keeps it; a path the old output lacks is skipped (the first build, say). A path
    /// the new site makes too is an error at its entry in the settings, with nothing copied: which
    /// of the two the user meant cannot be guessed. Copied rather than moved, so the old output
    /// stays whole until the swap, and a failed build leaves it exactly as it was.
    public func keep(_ kept: [KeptOutputPath], outputShown: String) throws -> [Diagnostic] {
        let present = kept.filter { Self.exists(output.path + "/" + $0.path) }
        let clashes = present.filter { Self.exists(stagingPath + "/" + $0.path) }.map { entry in
            Diagnostic.error(OutputMessages.keptAndMade(entry.path, output: outputShown), at: entry.location,
                             hint: OutputMessages.keptAndMadeHint(entry.path), code: "settings")
        }
        guard clashes.isEmpty else { return clashes }
        for entry in present {
            if case .failure(let error) = OutputWriter.makeFolder(OutputWriter.parent(of: entry.path), in: stagingPath) { throw error }
            do {
                try FileManager.default.copyItem(atPath: output.path + "/" + entry.path, toPath: stagingPath + "/" + entry.path)
            } catch {
                throw OutputError.writeFailed(stagingPath + "/" + entry.path, "could not copy the kept \(entry.path): \(error.localizedDescription)")
            }
        }
        return []
    }

    /// Removes the staging folder, leaving the old output as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }
}
