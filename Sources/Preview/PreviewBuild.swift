import Diagnostics
import Foundation
import SaferSiteKit

/// One build for the preview: runs `SiteBuilder` away from the server's threads and says what
/// came of it.
public struct PreviewBuild: Sendable {
    /// What a build produced, as the preview serves it.
    public enum Outcome: Sendable {
        /// A good build: its files replace the served site; its warnings are shown over it.
        case built([OutputFile], warnings: [Diagnostic] = [])
        /// The site has errors: the served site stays as it was and these are shown over it.
        case failed([Diagnostic])
        /// The build could not run (no content folder, public/ locked by another build).
        case couldNotRun(String)
    }

    /// What the build found and made, when it ran.
    public var report: BuildReport?
    /// What the preview should do with it.
    public var outcome: Outcome
    /// How long the build took.
    public var duration: Duration
    /// How long each stage the build ran took, in order (`safersite serve --verbose` shows them).
    public var stageTimes: [(stage: BuildStage, duration: Duration)] = []
    /// Why a good build could not be written to the output folder (`--write`), when it could not;
    /// the preview still serves it.
    public var writeFailure: String?

    /// Runs a build on a thread of its own, so a slow build never holds up requests being served.
    /// `memo` is the session's, kept from one build to the next (`BuildMemo`).
    public static func run(_ options: BuildOptions, memo: BuildMemo? = nil) async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: runBlocking(options, memo: memo))
            }
        }
    }

    /// Runs a build on the calling thread. The site is always built into memory, since that is
    /// what the preview serves; when `options.output` is set, a good build is also written there,
    /// atomically, in one piece. With a `memo`, the build reuses what it can of the last one.
    public static func runBlocking(_ options: BuildOptions, memo: BuildMemo? = nil) -> PreviewBuild {
        let clock = ContinuousClock()
        let started = clock.now
        var inMemory = options
        inMemory.output = nil
        let report: BuildReport
        var stageTimes: [(stage: BuildStage, duration: Duration)] = []
        var stageStarted = started
        // Called as each stage starts, and with nil at the end: the stage before is timed.
        func timed(_ stage: BuildStage?) {
            let now = clock.now
            if !stageTimes.isEmpty { stageTimes[stageTimes.count - 1].duration = now - stageStarted }
            if let stage { stageTimes.append((stage, .zero)) }
            stageStarted = now
        }
        do {
            report = try SiteBuilder(options: inMemory, memo: memo).build(progress: timed)
            timed(nil)
        } catch {
            return PreviewBuild(report: nil, outcome: .couldNotRun(String(describing: error)), duration: clock.now - started)
        }
        guard !report.failed else {
            return PreviewBuild(report: report, outcome: .failed(report.diagnostics), duration: clock.now - started, stageTimes: stageTimes)
        }
        var build = PreviewBuild(report: report, outcome: .built(report.files, warnings: report.diagnostics.filter { $0.severity == .warning }),
                                 duration: .zero, stageTimes: stageTimes)
        if let output = options.output {
            do {
                try OutputWriter(output: output).write(report.files)
                build.report?.wroteOutput = true
            } catch {
                build.writeFailure = String(describing: error)
            }
        }
        build.duration = clock.now - started
        return build
    }
}
