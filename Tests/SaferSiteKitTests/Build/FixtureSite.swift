import Diagnostics
import Foundation
import FrontMatter
import Preview
import SaferSiteKit
import Testing

/// One site under `Tests/SaferSiteKitTests/Sites/`, built in-process and compared with what it
/// should make, as Zola's `test_site` is: a folder per feature holding
///
/// - `content/`: the site's source;
/// - `theme/` (optional): its own theme, else the shared one in `Sites/theme/`;
/// - `expected/`: every file the build writes, byte for byte; absent when the build must fail
///   and leave nothing behind;
/// - `expected-diagnostics.txt`: the findings as `DiagnosticFormatter` prints them; absent when
///   the build must find nothing.
///
/// `RECORD_GOLDEN=1 swift test` rewrites `expected/` and `expected-diagnostics.txt` from what the
/// build made, and fails each site it rewrote, so that re-recording is never mistaken for a pass:
/// review the change with `git diff`, then run the tests again without it.
struct FixtureSite: Sendable, CustomTestStringConvertible {
    /// `Tests/SaferSiteKitTests/Sites/`.
    static let sites = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sites")
    /// The theme every site uses unless it has one of its own: small and plain, so an expected
    /// page changes only when the feature it shows does, never with the real theme's styling.
    static let sharedTheme = sites.appendingPathComponent("theme")
    /// The day every build takes as today, so review-date findings and the expected files never
    /// depend on the day the tests run.
    static let today = FrontMatterDate(year: 2026, month: 11, day: 22)
    /// Whether this run rewrites the expected files instead of comparing with them.
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    /// Every site: each folder of `Sites/` holding a `content/` folder, by name.
    static let all: [FixtureSite] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sites.path)) ?? []
        return names.sorted().map(FixtureSite.init).filter {
            FileManager.default.fileExists(atPath: $0.folder.appendingPathComponent("content").path)
        }
    }()

    /// The folder's name, which says the feature it shows (`pagination`, `bad-front-matter`...).
    let name: String
    var folder: URL { Self.sites.appendingPathComponent(name) }
    var expectedTree: URL { folder.appendingPathComponent("expected") }
    var expectedDiagnostics: URL { folder.appendingPathComponent("expected-diagnostics.txt") }
    var testDescription: String { name }

    init(_ name: String) {
        self.name = name
    }

    /// The site's own theme when it has one, else the shared theme.
    var theme: URL {
        let own = folder.appendingPathComponent("theme")
        return FileManager.default.fileExists(atPath: own.path) ? own : Self.sharedTheme
    }

    /// What one build made: its findings as printed, and the files it wrote by relative path.
    struct Outcome {
        var diagnostics: String
        /// Nil when nothing was written (the build failed and left the output folder alone).
        var files: [String: Data]?
    }

    /// Builds the site as `safersite build` does, into a fresh temporary folder, reads back what
    /// was written (less the marker every output folder gets, `OutputFolderTests` tests it), and
    /// removes it.
    func build() throws -> Outcome {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("safersite-site-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        var options = BuildOptions(source: folder, theme: theme, output: output, today: Self.today)
        // The shared theme stands alone: the bundled theme's files would change every expected page.
        options.usesBundledTheme = false
        let report = try SiteBuilder(options: options).build()
        var written = FileManager.default.fileExists(atPath: output.path) ? try Self.files(under: output) : nil
        #expect(written?.removeValue(forKey: OutputFolderGuard.markerName) != nil || written == nil, "\(name) has no output marker")
        #expect(report.wroteOutput == (written != nil), "the report and the output folder disagree on whether \(name) was written")
        return Outcome(diagnostics: DiagnosticFormatter().format(report.diagnostics), files: written)
    }

    /// Builds the site as the preview does: nothing written, every file kept in the report.
    func buildInMemory() throws -> Outcome {
        var options = BuildOptions(source: folder, theme: theme, output: nil, today: Self.today)
        options.usesBundledTheme = false
        let report = try SiteBuilder(options: options).build()
        let files = report.failed ? nil : Dictionary(uniqueKeysWithValues: report.files.map { ($0.path, $0.data) })
        return Outcome(diagnostics: DiagnosticFormatter().format(report.diagnostics), files: files)
    }

    /// Every file under `folder`, by path relative to it, with its bytes.
    static func files(under folder: URL) throws -> [String: Data] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var files: [String: Data] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// The expected result, as recorded.
    func expected() throws -> Outcome {
        let fileManager = FileManager.default
        let diagnostics = fileManager.fileExists(atPath: expectedDiagnostics.path)
            ? try String(contentsOf: expectedDiagnostics, encoding: .utf8) : ""
        let files = fileManager.fileExists(atPath: expectedTree.path) ? try Self.files(under: expectedTree) : nil
        return Outcome(diagnostics: diagnostics, files: files)
    }

    /// Replaces the expected files with `outcome`; an empty finding list and an unwritten site are
    /// recorded by leaving the file or folder out.
    func record(_ outcome: Outcome) throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: expectedTree)
        try? fileManager.removeItem(at: expectedDiagnostics)
        if !outcome.diagnostics.isEmpty {
            try Data(outcome.diagnostics.utf8).write(to: expectedDiagnostics)
        }
        for (path, data) in outcome.files ?? [:] {
            let url = expectedTree.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}

extension FixtureSite.Outcome {
    /// The first line where two texts differ, numbered from 1, with both versions: enough to find
    /// the change without printing whole pages into the test log.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let made = index < actualLines.count ? String(actualLines[index]) : "(end of file)"
            let wanted = index < expectedLines.count ? String(expectedLines[index]) : "(end of file)"
            if made != wanted { return "line \(index + 1):\n  made:     \(made)\n  expected: \(wanted)" }
        }
        return "the same lines, different bytes"
    }

    /// How `self` differs from `expected`, one entry per finding list or file; empty when equal.
    func differences(from expected: FixtureSite.Outcome) -> [String] {
        var differences: [String] = []
        if diagnostics != expected.diagnostics {
            differences.append("diagnostics differ at " + Self.firstDifference(diagnostics, expected.diagnostics))
        }
        switch (files, expected.files) {
        case (nil, nil):
            break
        case (nil, .some):
            differences.append("nothing was written, but expected/ says the build succeeds")
        case (.some, nil):
            differences.append("the site was written, but there is no expected/ folder")
        case let (.some(made), .some(wanted)):
            for path in Set(made.keys).subtracting(wanted.keys).sorted() { differences.append("\(path): made but not expected") }
            for path in Set(wanted.keys).subtracting(made.keys).sorted() { differences.append("\(path): expected but not made") }
            for path in Set(made.keys).intersection(wanted.keys).sorted() where made[path] != wanted[path] {
                let madeText = String(decoding: made[path]!, as: UTF8.self)
                let wantedText = String(decoding: wanted[path]!, as: UTF8.self)
                differences.append("\(path) differs at " + Self.firstDifference(madeText, wantedText))
            }
        }
        return differences
    }
}
