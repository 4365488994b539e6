import Foundation
import Testing

/// A running `safersite serve`, its output going to files the test can read at any time.
final class ServeProcess {
    let process = Process()
    let stdout: URL
    let stderr: URL
    /// The port it listens on, read from the first line it prints.
    private(set) var port: UInt16 = 0

    /// Starts `safersite serve --port 0` with more arguments, and waits for its address.
    ///
    /// - Parameter fileLimit: the open-file limit to start it under (`ulimit -n`), when set.
    init(_ arguments: [String], in folder: URL, fileLimit: Int? = nil) throws {
        let logs = try CLI.temporaryFolder()
        stdout = logs.appendingPathComponent("stdout")
        stderr = logs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        if let fileLimit {
            // The shell sets the limit and then becomes safersite (exec), so signals reach it.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(fileLimit) && exec \"$0\" \"$@\"", CLI.executable.path, "serve", "--port", "0"] + arguments
        } else {
            process.executableURL = CLI.executable
            process.arguments = ["serve", "--port", "0"] + arguments
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && process.isRunning {
            if let line = output.split(separator: "\n").first, let port = Self.port(in: String(line)) {
                self.port = port
                return
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.terminate()
        throw ServeProcessError.noAddress(output + errors)
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: stdout.deletingLastPathComponent())
    }

    /// Everything printed on standard output so far.
    var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
    /// Everything printed on standard error so far.
    var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

    /// Sends Ctrl-C and waits up to ten seconds for it to end; returns its exit status, or nil.
    func interrupt() -> Int32? {
        process.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// How many sockets the server holds open now, read from /proc.
    var openSockets: Int {
        let folder = "/proc/\(process.processIdentifier)/fd"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.filter { ((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) ?? "").hasPrefix("socket:") }.count
    }

    /// GETs a path until the body satisfies a condition, for up to `limit` seconds; returns the
    /// response that did, or nil when the condition never held.
    func poll(_ path: String, limit: TimeInterval = 5, until condition: (RawHTTP.Response) -> Bool) -> RawHTTP.Response? {
        let started = Date()
        while Date().timeIntervalSince(started) < limit {
            if let response = try? RawHTTP.get(path, port: port), condition(response) {
                return response
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return nil
    }

    /// The port in a line like `Serving http://127.0.0.1:50123/ (press Ctrl-C to stop)`.
    static func port(in line: String) -> UInt16? {
        guard let start = line.range(of: "http://127.0.0.1:") else { return nil }
        return UInt16(line[start.upperBound...].prefix { $0.isNumber })
    }
}

enum ServeProcessError: Error {
    case noAddress(String)
}
