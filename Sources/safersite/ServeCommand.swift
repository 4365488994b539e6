import ArgumentParser
import Foundation
import Preview
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

    @Option(help: "The theme folder (default: theme/ inside the source folder); each file in it replaces the bundled theme's at the same path.")
    var theme: String?

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8080

    @Option(help: "The IP address to listen on. The default, 127.0.0.1, lets only this computer see the preview.")
    var bind: String = "127.0.0.1"

    @Option(help: "Seconds a connection may take to send a request, or sit idle between requests, before it is closed.")
    var idleTimeout: Int = 30

    @Flag(help: "Also write every good build to the output folder, as 'safersite build' does.")
    var write = false

    @Option(help: "Where --write puts the site (default: public/ inside the source folder).")
    var output: String?

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Also show pages before their publish_date or after their expiry_date, each with a notice.")
    var future = false

    @OptionGroup var baseURL: BaseURLOption

    @OptionGroup var terminal: TerminalOptions

    func validate() throws {
        // A written site is the published one: pages held back by their dates must not reach it.
        if future && write { throw ValidationError("--future shows pages that are not on the site yet, so it cannot be used with --write") }
        guard idleTimeout > 0 else { throw ValidationError("--idle-timeout must be at least 1 second.") }
    }

    func run() async throws {
        var options = BuildOptions(source: URL(fileURLWithPath: source), theme: theme.map { URL(fileURLWithPath: $0) },
                                   output: write ? URL(fileURLWithPath: output ?? source + "/public") : nil,
                                   includeDrafts: drafts, baseURL: baseURL.value)
        options.includeScheduled = future
        let stopSignals = StopSignals()
        let session = ServeSession(
            options: options,
            address: ServeAddress(host: bind, port: port),
            limits: ServeLimits(idleTimeout: .seconds(idleTimeout)),
            console: Console(options: terminal)
        )
        // Serve until Ctrl-C or SIGTERM; a failure to start ends it too, with its exit code.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await session.run() }
            group.addTask { _ = await stopSignals.wait() }
            try await group.next()
            group.cancelAll()
            try await group.waitForAll()
        }
        session.console.summary("Stopped.")
    }
}

