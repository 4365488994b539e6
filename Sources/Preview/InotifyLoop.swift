import Foundation
import SaferSiteKit

/// The thread that reads inotify events for a `FileWatcher`, keeps a watch on every folder, and
/// gathers events into debounced batches.
///
/// It runs blocking `poll` and `read` calls, so it lives on a thread of its own and never in
/// async code. Its state is touched only by that thread; `wake()` only writes to a pipe, which
/// is safe from any thread, and the descriptors are closed when the last reference goes.
final class InotifyLoop: @unchecked Sendable {
    private let inotify: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let roots: [String]
    private let debounce: Duration
    /// Most batches are quiet `debounce` apart; a file written without pause still gets one a second.
    private let longestWait = Duration.seconds(1)
    private var folders: [Int32: String] = [:]
    /// The folders holding the roots, watched only for a root being made (a theme ejected, or
    /// `theme/` made, while the preview runs), by watch.
    private var parents: [Int32: String] = [:]
    private var pending: [String: FileChange.Kind] = [:]

    init(roots: [String], debounce: Duration) throws(FileWatcherError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw .cannotStart(String(cString: strerror(errno))) }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotStart(reason)
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        inotify = descriptor
        wakeRead = ends[0]
        wakeWrite = ends[1]
        self.roots = roots
        self.debounce = debounce
        for root in roots {
            addFolder(root, reportContents: false)
            let parent = (root as NSString).deletingLastPathComponent
            // `IN_MASK_ADD`: a parent that is itself watched (a theme inside content/) keeps its events.
            let descriptor = inotify_add_watch(inotify, parent, UInt32(IN_CREATE | IN_MOVED_TO | IN_ONLYDIR | IN_MASK_ADD))
            if descriptor >= 0 { parents[descriptor] = parent }
        }
    }

    deinit {
        close(inotify)
        close(wakeRead)
        close(wakeWrite)
    }

    /// Asks `run` to return.
    func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Reads events until woken or until `deliver` returns false.
    func run(deliver: ([FileChange]) -> Bool) {
        let clock = ContinuousClock()
        var firstEvent: ContinuousClock.Instant?
        var lastEvent = clock.now
        while true {
            var timeout: Int32 = -1
            if let firstEvent {
                let due = min(lastEvent + debounce, firstEvent + longestWait)
                timeout = Int32(max(0, Self.milliseconds(due - clock.now)))
            }
            var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, timeout)
            if ready < 0 && errno != EINTR { return }
            if descriptors[1].revents != 0 { return }
            if descriptors[0].revents & Int16(POLLIN) != 0 {
                readEvents()
                lastEvent = clock.now
                if firstEvent == nil && !pending.isEmpty { firstEvent = lastEvent }
            }
            if let first = firstEvent, clock.now >= min(lastEvent + debounce, first + longestWait) {
                let batch = pending.map { FileChange($0.value, $0.key) }.sorted { $0.path < $1.path }
                pending = [:]
                firstEvent = nil
                if !batch.isEmpty && !deliver(batch) { return }
            }
        }
    }
}

// MARK: - Helpers

private extension InotifyLoop {
    static let mask = UInt32(IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                             | IN_DELETE_SELF | IN_MOVE_SELF)
    static let headerSize = 16

    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }

    /// Watches a folder and every folder inside it. Files already there when a new folder is
    /// found are reported as created, since they may have been written before its watch began.
    func addFolder(_ path: String, reportContents: Bool) {
        let descriptor = inotify_add_watch(inotify, path, Self.mask)
        guard descriptor >= 0 else { return }
        folders[descriptor] = path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() {
            let child = path + "/" + name
            var info = stat()
            guard lstat(child, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                if reportContents { record(.created, child) }
                addFolder(child, reportContents: reportContents)
            } else if reportContents {
                record(.created, child)
            }
        }
    }

    func readEvents() {
        let size = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, size) }
            guard count > 0 else { return }
            var offset = 0
            while offset + Self.headerSize <= count {
                let (descriptor, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + Self.headerSize)..<min(count, offset + Self.headerSize + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                handle(descriptor: descriptor, mask: mask, name: name)
                offset += Self.headerSize + length
            }
        }
    }

    func handle(descriptor: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: say every root changed, so the whole site is rebuilt.
            for root in roots { record(.modified, root) }
            return
        }
        if let parent = parents[descriptor], folders[descriptor] == nil {
            // A root made, or moved in, after watching began: watched from now on, its files new.
            let path = (parent as NSString).appendingPathComponent(name)
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, roots.contains(path), !folders.values.contains(path) {
                record(.created, path)
                addFolder(path, reportContents: true)
            }
            return
        }
        guard let folder = folders[descriptor] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders.removeValue(forKey: descriptor)
            return
        }
        if name.isEmpty {
            // The watched folder itself went; its parent reports that, unless it is a root.
            if roots.contains(folder), mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { record(.deleted, folder) }
            return
        }
        let path = folder + "/" + name
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            record(.created, path)
            if isFolder { addFolder(path, reportContents: true) }
        } else if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
            record(.deleted, path)
        } else if mask & UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB) != 0, !isFolder {
            record(.modified, path)
        }
    }

    /// Folds a change into the pending batch: created then modified is still created; created
    /// then deleted is gone; deleted then created is modified.
    func record(_ kind: FileChange.Kind, _ path: String) {
        switch (pending[path], kind) {
        case (.created?, .modified): break
        case (.created?, .deleted): pending.removeValue(forKey: path)
        case (.deleted?, .created): pending[path] = .modified
        default: pending[path] = kind
        }
    }
}
