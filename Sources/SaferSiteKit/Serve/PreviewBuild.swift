import Foundation

/// One build for the preview: runs `SiteBuilder` away from the server's threads and says what
/// came of it.
public struct PreviewBuild: Sendable {
    /// What a build produced, as the preview serves it.
    public enum Outcome: Sendable {
        /// A good build: its files replace the served site.
        case built([OutputFile])
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

    /// Runs a build on a thread of its own, so a slow build never holds up requests being served.
    public static func run(_ options: BuildOptions) async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: runBlocking(options))
            }
        }
    }

    /// Runs a build on the calling thread.
    public static func runBlocking(_ options: BuildOptions) -> PreviewBuild {
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let report = try SiteBuilder(options: options).build()
            let outcome: Outcome = report.failed ? .failed(report.diagnostics) : .built(report.files)
            return PreviewBuild(report: report, outcome: outcome, duration: clock.now - started)
        } catch {
            return PreviewBuild(report: nil, outcome: .couldNotRun(String(describing: error)), duration: clock.now - started)
        }
    }
}
