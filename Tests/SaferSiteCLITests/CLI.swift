import Foundation
import Testing

/// Runs the real `safersite` executable, as the communications team and CI do.
enum CLI {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixtures folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The built executable: beside the test bundle, else in `.build/debug`.
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["SAFERSITE_BIN"] { return URL(fileURLWithPath: path) }
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("safersite")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("safersite")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/safersite")
    }

    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The day every run takes as today (SAFERSITE_TODAY), so review-date checks never depend on the real date.
    static let today = "2026-11-22"

    /// Runs `safersite` with arguments, in a folder, with an environment (NO_COLOR set so output is plain,
    /// SAFERSITE_TODAY set to `today`).
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["SAFERSITE_TODAY"] = CLI.today
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are read at once: a run that fills one (many findings on stderr) while the
        // other is being read would wait for ever.
        nonisolated(unsafe) var errData = Data()
        let errRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errRead.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errRead.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller with `cleanUp`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("safersite-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A site in a fresh temporary folder, made of `files` (text by path inside `content/`).
    static func site(_ files: [String: String]) throws -> URL {
        let root = try temporaryFolder()
        for (path, text) in files {
            let url = root.appendingPathComponent("content/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    /// Copies a folder to a new temporary place, so a test can change it.
    static func copyOfFixture(_ name: String) throws -> URL {
        let target = try temporaryFolder().appendingPathComponent(name)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
        return target
    }

    /// Every file under a folder, by relative path, with its bytes.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            files[path] = try? Data(contentsOf: url)
        }
        return files
    }
}

/// Golden files: compare with an expected file, or rewrite it when `RECORD_GOLDEN=1` (and fail once,
/// so re-recording is never silent).
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares a produced folder with an expected one, file by file. With `bundledStatic`, the
    /// bundled theme's static files the site's theme does not replace (`css/site.css`, `js/…`)
    /// must equal the repository's `theme/static/` and are left out of the expected folder, so
    /// it does not change with every change to the default theme's CSS.
    static func compareTree(_ produced: URL, expected: URL, bundledStatic: Bool = false,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var actual = CLI.tree(produced)
        if bundledStatic {
            for (path, data) in CLI.tree(CLI.packageRoot.appendingPathComponent("theme/static")) {
                #expect(actual.removeValue(forKey: path) == data, "\(path) is not the bundled theme's", sourceLocation: sourceLocation)
            }
        }
        if recording {
            try? FileManager.default.removeItem(at: expected)
            for (path, data) in actual {
                let url = expected.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("recorded \(expected.path); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let wanted = CLI.tree(expected)
        #expect(actual.keys.sorted() == wanted.keys.sorted(), "files written differ from \(expected.lastPathComponent)", sourceLocation: sourceLocation)
        for (path, data) in wanted.sorted(by: { $0.key < $1.key }) {
            guard let got = actual[path] else { continue }
            #expect(String(decoding: got, as: UTF8.self) == String(decoding: data, as: UTF8.self), "\(path) differs from the expected file", sourceLocation: sourceLocation)
        }
    }

    /// Compares text with an expected file.
    static func compareText(_ text: String, expected: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if recording {
            try text.write(to: expected, atomically: true, encoding: .utf8)
            Issue.record("recorded \(expected.path); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let wanted = try String(contentsOf: expected, encoding: .utf8)
        #expect(text == wanted, "output differs from \(expected.lastPathComponent)", sourceLocation: sourceLocation)
    }
}
