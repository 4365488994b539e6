import Foundation
import Preview
import SaferSiteKit

/// One run of `safersite serve`: the first build, the server, and a rebuild after every change,
/// until the task running it is cancelled.
struct ServeSession: Sendable {
    /// What to build; `output` is set only with `--write`.
    let options: BuildOptions
    /// Where to listen.
    let address: ServeAddress
    /// What one client may take from the server.
    let limits: ServeLimits
    /// Where to print.
    let console: Console

    /// Builds, serves and watches until cancelled; then lets a running build finish and stops
    /// the server. Throws an exit status when it cannot start.
    func run() async throws {
        let snapshot = SiteSnapshot()
        // The last build's results, which each rebuild reuses where its inputs are unchanged.
        let memo = BuildMemo()
        let first = await PreviewBuild.run(options, memo: memo)
        await snapshot.publish(first.outcome, pageAddresses: first.report?.pageAddresses, rootPath: first.report?.rootPath ?? "/")
        show(first, after: [])
        if Task.isCancelled { return }

        let server: PreviewServer
        let listening: ServeAddress
        let changes: AsyncStream<[FileChange]>
        do {
            server = try PreviewServer(snapshot: snapshot, address: address, limits: limits)
            listening = try await server.start()
            changes = try FileWatcher(roots: watchedFolders).changes()
        } catch {
            console.error("error: \(error)")
            throw ExitStatus.couldNotRun
        }
        // A site published under a path is served under it, so its links work as they will when published.
        let siteURL = listening.url + (await snapshot.current.rootPath).dropFirst()
        FileHandle.standardOutput.write(Data("Serving \(siteURL) (press Ctrl-C to stop)\n".utf8))
        if !listening.isLoopback {
            console.error("warning: other computers on the network may be able to see this preview at \(listening.url)")
        }
        if options.output == nil {
            console.summary("Previewing from memory: public/ is not written (add --write to write it too).")
        }

        // Ends when the task is cancelled; a build already running is let finish first.
        for await batch in changes {
            let relevant = batch.filter { !$0.isEditorNoise }
            if relevant.isEmpty { continue }
            let build = await PreviewBuild.run(options, memo: memo)
            await snapshot.publish(build.outcome, pageAddresses: build.report?.pageAddresses, changedFiles: sourcePaths(relevant),
                                   rootPath: build.report?.rootPath ?? "/")
            show(build, after: relevant)
        }
        await server.stop()
    }
}

// MARK: - Helpers

private extension ServeSession {
    var watchedFolders: [URL] {
        [options.source.appendingPathComponent("content"), options.theme ?? options.source.appendingPathComponent("theme")]
    }

    /// The changed files by path in the source folder (`content/about.md`), as findings and
    /// `BuildReport.pageAddresses` name them; a file elsewhere (`--theme DIR`) keeps its full path.
    func sourcePaths(_ changes: [FileChange]) -> [String] {
        let base = options.source.standardizedFileURL.path + "/"
        return changes.map { $0.path.hasPrefix(base) ? String($0.path.dropFirst(base.count)) : $0.path }
    }

    func show(_ build: PreviewBuild, after changes: [FileChange]) {
        let names = sourcePaths(changes)
        let cause = names.isEmpty ? "" : " after a change to " + (names.count > 3 ? "\(names.count) files" : names.joined(separator: ", "))
        let time = Self.seconds(build.duration)
        if let report = build.report { console.printDiagnostics(report.diagnostics) }
        switch build.outcome {
        case .built(_, let warnings):
            let pages = build.report.map { "\($0.pageCount) pages" } ?? "the site"
            let count = warnings.count == 1 ? "1 warning" : "\(warnings.count) warnings"
            console.summary("Built \(pages) in \(time) s\(cause)." + (warnings.isEmpty ? "" : " \(count) shown at the top of every page."))
            console.detail("Stages: " + build.stageTimes.map { "\($0.stage) \(Self.seconds($0.duration))" }.joined(separator: ", ") + " (s)")
            if let failure = build.writeFailure { console.error("error: could not write the site: \(failure)") }
        case .failed(let problems):
            let errors = problems.filter { $0.severity == .error }.count
            console.summary("Build failed\(cause): \(errors == 1 ? "1 error" : "\(errors) errors"). "
                + "Still serving the last version that built; the errors are shown at the top of every page.")
        case .couldNotRun(let reason):
            console.error("error: \(reason)")
        }
    }

    /// A duration in seconds, to the hundredth.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.2f", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
