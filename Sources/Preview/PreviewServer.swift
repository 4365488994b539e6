import FlyingFox
import Foundation

/// The preview's web server: serves the `SiteSnapshot` over HTTP with FlyingFox.
///
/// FlyingFox handles every connection in a task of its own, so a slow or half-sent request
/// never holds up the others.
public actor PreviewServer {
    private let server: HTTPServer
    private let requested: ServeAddress
    private var running: Task<Void, Never>?
    private var failure: (any Error)?

    /// Creates a server for a snapshot; nothing listens until `start()`.
    ///
    /// - Parameter longPoll: how long a page's wait for the next build is held before it is
    ///   answered with the current generation and asked again.
    public init(snapshot: SiteSnapshot, address: ServeAddress, longPoll: Duration = .seconds(25)) throws(PreviewServerError) {
        let config = try address.configuration(timeout: Double(longPoll.components.seconds) + 15)
        self.server = HTTPServer(config: config, handler: PreviewHTTPHandler(snapshot: snapshot, longPoll: longPoll))
        self.requested = address
    }

    /// Starts listening, and returns the address in use (with the port the system chose for port 0).
    public func start() async throws(PreviewServerError) -> ServeAddress {
        let server = server
        running = Task {
            do {
                try await server.run()
            } catch {
                self.stopped(with: error)
            }
        }
        // FlyingFox's own wait does not end when binding fails, so watch for both.
        for _ in 0..<1000 {
            if await server.isListening { break }
            if let failure { throw .cannotListen(requested.url, Self.reason(failure)) }
            try? await Task.sleep(for: .milliseconds(5))
        }
        switch await server.listeningAddress {
        case .ip4(let host, let port)?: return ServeAddress(host: host, port: port)
        case .ip6(let host, let port)?: return ServeAddress(host: host, port: port)
        default: throw .cannotListen(requested.url, failure.map(Self.reason) ?? "it did not start listening")
        }
    }

    /// Stops listening and closes every connection, cutting short any page still waiting for
    /// the next build.
    public func stop() async {
        await server.stop(timeout: 0.5)
        running?.cancel()
        running = nil
    }
}

// MARK: - Helpers

private extension PreviewServer {
    func stopped(with error: any Error) {
        failure = error
    }

    static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") { return "the port is already in use" }
        return text
    }
}
