import Foundation

/// Watches folders, and every folder inside them, for changes, with Linux inotify.
///
/// A burst of changes (an editor saving through a temporary file, a folder copied in) arrives
/// as one batch once the folders have been quiet for the debounce interval. New subfolders are
/// watched as soon as they appear, and files already inside them are reported as created.
public struct FileWatcher: Sendable {
    /// The folders to watch; ones that do not exist are skipped.
    public var roots: [URL]
    /// How long the folders must be quiet before a batch is delivered.
    public var debounce: Duration

    /// Creates a watcher; nothing is watched until `changes()` is called.
    public init(roots: [URL], debounce: Duration = .milliseconds(60)) {
        self.roots = roots
        self.debounce = debounce
    }

    /// Starts watching. Each element is one batch of changes, sorted by path. Watching stops,
    /// and the inotify descriptor is closed, when the stream's consumer goes away.
    public func changes() throws(FileWatcherError) -> AsyncStream<[FileChange]> {
        let loop = try InotifyLoop(roots: roots.map { $0.standardizedFileURL.path }, debounce: debounce)
        let (stream, continuation) = AsyncStream.makeStream(of: [FileChange].self)
        continuation.onTermination = { _ in loop.wake() }
        Thread.detachNewThread {
            loop.run { batch in
                if case .terminated = continuation.yield(batch) { return false }
                return true
            }
            continuation.finish()
        }
        return stream
    }
}

/// Why watching could not start.
public enum FileWatcherError: Error, CustomStringConvertible {
    /// `inotify_init1` or `pipe` failed (too many open files, or inotify instances used up).
    case cannotStart(String)

    public var description: String {
        switch self {
        case .cannotStart(let reason): "cannot watch the site's folders for changes: \(reason)"
        }
    }
}
