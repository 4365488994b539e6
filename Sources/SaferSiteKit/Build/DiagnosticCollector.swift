import Diagnostics
import Foundation

/// Where every stage of a build reports its findings: one place, so that the build can tell at any
/// point whether it has failed, and shows the findings once, in display order, each with its
/// source line.
final class DiagnosticCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []

    /// Reports findings.
    func report(_ diagnostics: [Diagnostic]) {
        lock.withLock { collected += diagnostics }
    }

    /// Every finding reported so far, in the order reported.
    var reported: [Diagnostic] { lock.withLock { collected } }

    /// Whether the findings so far fail the build: an error, or with `strict` a warning.
    func failsBuild(strict: Bool) -> Bool {
        lock.withLock { collected.contains { $0.severity == .error || (strict && $0.severity == .warning) } }
    }

    /// Every finding, each shown once, in display order, with the source line under each one
    /// that points at a line of a file of `tree`.
    func finished(showingLinesOf tree: SourceTree) -> [Diagnostic] {
        Self.withSourceLines(lock.withLock { collected }.uniqueSortedForDisplay(), from: tree)
    }

    /// Shows the source line under every finding that points at a line but was made without it.
    ///
    /// Each file's text is decoded once, and the files are shared out among the cores; a core
    /// holds one file's text at a time, so a large site's files are never all held as text at once.
    static func withSourceLines(_ diagnostics: [Diagnostic], from tree: SourceTree) -> [Diagnostic] {
        var wanted: [String: [Int]] = [:]
        for index in diagnostics.indices where diagnostics[index].sourceLine == nil && diagnostics[index].location.line > 0 {
            wanted[diagnostics[index].location.file, default: []].append(index)
        }
        guard !wanted.isEmpty else { return diagnostics }
        var groups: [(file: SourceFile, indexes: [Int])] = []
        for file in tree.files {
            if let indexes = wanted.removeValue(forKey: file.path) { groups.append((file, indexes)) }
        }
        let found = ParallelMap.map(groups.count, chunkSize: 4) { group -> [(index: Int, line: String?)] in
            let (file, indexes) = groups[group]
            let lines = String(validating: file.data, as: UTF8.self).map { SourceLines(file: file.path, text: $0) }
            // One string a line, shared by every finding on it (a long line can have thousands).
            var made: [Int: String?] = [:]
            return indexes.map { index in
                let number = diagnostics[index].location.line
                if let line = made[number] { return (index, line) }
                let line = lines?.line(number)
                made[number] = line
                return (index, line)
            }
        }
        var filled = diagnostics
        for (index, line) in found.joined() { filled[index].sourceLine = line }
        return filled
    }
}
