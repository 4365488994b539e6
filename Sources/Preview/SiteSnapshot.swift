import Foundation

/// Holds the site the preview serves: the last good build's files in memory, path → bytes.
///
/// Serving from memory means a request never sees a half-written folder, and a failed build
/// simply leaves the previous files in place. Every finished build, good or not, bumps the
/// generation, and long-polling pages waiting for that are woken.
public actor SiteSnapshot {
    private var state = PreviewState()
    private var waiters: [UUID: CheckedContinuation<Int, Never>] = [:]

    /// Creates an empty snapshot (generation 0, no files).
    public init() {}

    /// What to serve now.
    public var current: PreviewState { state }

    /// The number of the latest finished build.
    public var generation: Int { state.generation }

    /// Takes a build's result: a good build replaces the files, a failed one keeps them and
    /// records its problems (`PreviewState.take`). Wakes every waiting page, and returns the new
    /// generation.
    ///
    /// - Parameters:
    ///   - pageAddresses: the build's `BuildReport.pageAddresses`; nil keeps the ones known.
    ///   - changedFiles: the saved files that caused the build, by path in the source folder, so
    ///     open pages can go to the page saved.
    @discardableResult
    /// A good build's `rootPath` (`BuildReport.rootPath`) is where its files are served from.
    public func publish(_ outcome: PreviewBuild.Outcome, pageAddresses: [String: String]? = nil, changedFiles: [String] = [],
                        rootPath: String = "/") -> Int {
        state.take(outcome, pageAddresses: pageAddresses, changedFiles: changedFiles, rootPath: rootPath)
        let waiting = waiters
        waiters = [:]
        for continuation in waiting.values { continuation.resume(returning: state.generation) }
        return state.generation
    }

    /// Waits until the generation is no longer `generation` (a build finished, or this is a new
    /// server whose count started again), and returns it. Returns the current number at once when
    /// it already differs, and when the task is cancelled.
    public func generation(after generation: Int) async -> Int {
        if state.generation != generation || Task.isCancelled { return state.generation }
        let id = UUID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(returning: state.generation)
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.stopWaiting(id) }
        }
    }
}

// MARK: - Helpers

private extension SiteSnapshot {
    func stopWaiting(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: state.generation)
    }
}
