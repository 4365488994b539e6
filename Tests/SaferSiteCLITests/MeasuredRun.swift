import Foundation
import Testing

/// One run of `safersite` with its output, exit status, peak memory and time, stopped if it runs too long.
struct MeasuredRun {
    /// The exit status; 137 (128 + SIGKILL) when it was stopped for taking too long.
    var status: Int32
    /// What it printed on standard output.
    var stdout: String
    /// What it printed on standard error (diagnostics and the summary).
    var stderr: String
    /// Its peak resident memory in MB, from `/usr/bin/time`; nil where that tool is missing or
    /// gave no figure. Read it through `expectPeakMemory(below:)`, which fails on nil.
    var peakMB: Double?
    /// Wall-clock seconds.
    var seconds: Double
    /// Whether it was stopped for taking longer than its time limit.
    var timedOut: Bool

    /// Expects the run's peak memory below `limitMB`. A run whose memory was not measured fails
    /// too: a limit that is skipped when GNU time is missing would pass on every machine without it.
    func expectPeakMemory(below limitMB: Double, _ what: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let peakMB else {
            Issue.record("\(what)peak memory was not measured: \(CLI.timeTool) (GNU time) is missing or gave no figure; `make test-deps` installs it",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(peakMB < limitMB, "\(what)peak memory \(peakMB) MB", sourceLocation: sourceLocation)
    }
}

extension CLI {
    /// GNU time, which reports a child's peak memory (`%M`, in KB) however it ends.
    static let timeTool = "/usr/bin/time"

    /// Runs `safersite` under `/usr/bin/time` (when present), killing it after `timeout` seconds.
    /// Output goes through files, not pipes, so a child that never ends cannot block the test.
    static func runMeasured(_ arguments: [String], timeout: TimeInterval = 60, asUser user: String? = nil,
                            environment: [String: String] = [:]) throws -> MeasuredRun {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("stdout"), err = work.appendingPathComponent("stderr")
        let memory = work.appendingPathComponent("memory")
        try Data().write(to: out)
        try Data().write(to: err)
        var command = [executable.path] + arguments
        let measuring = FileManager.default.isExecutableFile(atPath: timeTool)
        if let user { command = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--clear-groups"] + command }
        if measuring { command = [timeTool, "-f", "%M", "-o", memory.path] + command }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["SAFERSITE_TODAY"] = today
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let started = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(started) > timeout {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        var peakMB: Double?
        var status = process.terminationStatus
        if measuring {
            // GNU time writes "Command exited with non-zero status N" before the figure, and passes the status on.
            let report = (try? String(contentsOf: memory, encoding: .utf8)) ?? ""
            peakMB = report.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { $0 / 1024 }
            if report.contains("Command terminated by signal") { status = 128 + SIGKILL }
        }
        if process.terminationReason == .uncaughtSignal { status = 128 + process.terminationStatus }
        return MeasuredRun(status: status, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                           stderr: stderr, peakMB: peakMB, seconds: seconds, timedOut: timedOut)
    }
}
