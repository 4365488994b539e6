import ArgumentParser
import Foundation
import SaferSiteKit

/// `safersite serve`: builds the site, serves it on this computer, and rebuilds and reloads open
/// pages whenever a file in content/ or theme/ changes.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser, rebuilding it whenever a file changes.",
        discussion: """
        The site is built into memory and served from there; public/ is not touched unless you \
        pass --write. Open pages reload by themselves after every build. If a build finds errors, \
        they are listed at the top of every page (and here), and the last version that built is \
        still shown. Press Ctrl-C to stop.
        """
    )

    @Option(help: "The folder holding content/ and theme/.")
    var source: String = "."

    @Option(help: "The theme folder (default: theme/ inside the source folder).")
    var theme: String?

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8080

    @Option(help: "The IP address to listen on. The default, 127.0.0.1, lets only this computer see the preview.")
    var bind: String = "127.0.0.1"

    @Flag(help: "Also write every good build to the output folder, as 'safersite build' does.")
    var write = false

    @Option(help: "Where --write puts the site (default: public/ inside the source folder).")
    var output: String?

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "The address the site will be published at, e.g. https://www.example.gov.uk/.")
    var baseURL: String?

    @OptionGroup var terminal: TerminalOptions

    func run() async throws {
        let stopSignals = StopSignals()
        let console = Console(options: terminal)
        let sourceURL = URL(fileURLWithPath: source)
        let themeURL = theme.map { URL(fileURLWithPath: $0) }
        let outputURL = write ? output.map { URL(fileURLWithPath: $0) } ?? sourceURL.appendingPathComponent("public") : nil
        let options = BuildOptions(source: sourceURL, theme: themeURL, output: outputURL, includeDrafts: drafts, baseURL: baseURL)

        let snapshot = SiteSnapshot()
        let first = await PreviewBuild.run(options)
        await snapshot.publish(first.outcome)
        show(first, after: [], console: console)

        let server: PreviewServer
        let address: ServeAddress
        do {
            server = try PreviewServer(snapshot: snapshot, address: ServeAddress(host: bind, port: port))
            address = try await server.start()
        } catch {
            console.error("error: \(error)")
            throw ExitStatus.couldNotRun
        }
        FileHandle.standardOutput.write(Data("Serving \(address.url) (press Ctrl-C to stop)\n".utf8))
        if !address.isLoopback {
            console.error("warning: \(address.host) may let other computers on the network see this preview")
        }
        if !write {
            console.summary("Previewing from memory: public/ is not written (add --write to write it too).")
        }

        let watchedFolders = [sourceURL.appendingPathComponent("content"), themeURL ?? sourceURL.appendingPathComponent("theme")]
        let changes: AsyncStream<[FileChange]>
        do {
            changes = try FileWatcher(roots: watchedFolders).changes()
        } catch {
            await server.stop()
            console.error("error: \(error)")
            throw ExitStatus.couldNotRun
        }
        let rebuilding = Task {
            for await batch in changes {
                let relevant = batch.filter { !$0.isEditorNoise }
                if relevant.isEmpty { continue }
                let build = await PreviewBuild.run(options)
                await snapshot.publish(build.outcome)
                show(build, after: relevant, console: console)
            }
        }

        _ = await stopSignals.wait()
        // Let a build that is running finish (it may be writing public/), then stop.
        rebuilding.cancel()
        await rebuilding.value
        await server.stop()
        console.summary("Stopped.")
    }
}

// MARK: - Helpers

private extension ServeCommand {
    func show(_ build: PreviewBuild, after changes: [FileChange], console: Console) {
        let base = URL(fileURLWithPath: source).standardizedFileURL.path + "/"
        let names = changes.map { $0.path.hasPrefix(base) ? String($0.path.dropFirst(base.count)) : $0.path }
        let cause = names.isEmpty ? "" : " after a change to " + (names.count > 3 ? "\(names.count) files" : names.joined(separator: ", "))
        let seconds = String(format: "%.2f", Double(build.duration.components.attoseconds) / 1e18 + Double(build.duration.components.seconds))
        if let report = build.report { console.printDiagnostics(report.diagnostics) }
        switch build.outcome {
        case .built:
            let pages = build.report.map { "\($0.pageCount) pages" } ?? "the site"
            console.summary("Built \(pages) in \(seconds) s\(cause).")
        case .failed(let problems):
            let errors = problems.filter { $0.severity == .error }.count
            console.summary("Build failed\(cause): \(errors == 1 ? "1 error" : "\(errors) errors"). Still serving the last version that built; the errors are shown on every page.")
        case .couldNotRun(let reason):
            console.error("error: \(reason)")
        }
    }
}
