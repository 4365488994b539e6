import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix

/// The preview's web server: serves the `SiteSnapshot` over HTTP with HummingbirdCore on SwiftNIO.
///
/// SwiftNIO parses requests on its own threads in linear time, within `ServeLimits`, and answers
/// each connection in a task of its own, so a slow, half-sent or oversized request never holds
/// up the others. When the open-file limit is reached, SwiftNIO waits a moment and accepts
/// again rather than giving up listening.
public actor PreviewServer {
    private let server: Server<HTTP1Channel>
    private let requested: ServeAddress
    private let started: AsyncStream<Result<ServeAddress, PreviewServerError>>
    private let startedContinuation: AsyncStream<Result<ServeAddress, PreviewServerError>>.Continuation
    private var running: Task<Void, Never>?
    private var finished = false

    /// Creates a server for a snapshot; nothing listens until `start()`.
    ///
    /// - Parameter longPoll: how long a page's wait for the next build is held before it is
    ///   answered with the current generation and asked again.
    public init(snapshot: SiteSnapshot, address: ServeAddress, limits: ServeLimits = ServeLimits(),
                longPoll: Duration = .seconds(25)) throws(PreviewServerError) {
        guard (try? SocketAddress(ipAddress: address.host, port: Int(address.port))) != nil else {
            throw .badAddress(address.host)
        }
        let (stream, continuation) = AsyncStream.makeStream(of: Result<ServeAddress, PreviewServerError>.self)
        let handler = PreviewHTTPHandler(snapshot: snapshot, longPoll: longPoll)
        let idle = TimeAmount.nanoseconds(Int64(limits.idleTimeout.components.seconds) * 1_000_000_000
            + limits.idleTimeout.components.attoseconds / 1_000_000_000)
        let channel = HTTP1Channel(
            responder: { request, writer, channel in
                // The address the connection arrived at, so `Host` is checked against the port in use.
                let local = channel.localAddress.flatMap { ServeAddress(socketAddress: $0) }
                try await handler.respond(to: request, writer: writer, servedAt: local ?? address)
            },
            configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [RequestHeadDeadline(limit: idle)],
                idleTimeout: idle,
                httpDecoderConfiguration: .init(maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: limits.maxHeaderBytes,
                                                maxHeaderFieldCount: limits.maxHeaderCount)
            )
        )
        let logger = Logger(label: "safersite.preview") { _ in SwiftLogNoOpLogHandler() }
        server = Server(
            childChannelSetup: channel,
            configuration: ServerConfiguration(address: .hostname(address.host, port: Int(address.port)),
                                               availableConnectionsDelegate: .maximum(limits.maxConnections, logger: logger)),
            onServerRunning: { channel in
                let local = channel.localAddress.flatMap { ServeAddress(socketAddress: $0) }
                continuation.yield(local.map { .success($0) } ?? .failure(.cannotListen(address.url, "it did not start listening")))
            },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: logger
        )
        requested = address
        started = stream
        startedContinuation = continuation
    }

    /// Starts listening, and returns the address in use (with the port the system chose for port 0).
    public func start() async throws(PreviewServerError) -> ServeAddress {
        let server = server, requested = requested, continuation = startedContinuation
        running = Task {
            do {
                try await server.run()
            } catch {
                continuation.yield(.failure(.cannotListen(requested.url, Self.reason(error))))
            }
            continuation.yield(.failure(.cannotListen(requested.url, "it stopped at once")))
            self.markFinished()
        }
        var iterator = started.makeAsyncIterator()
        switch await iterator.next() {
        case .success(let address)?: return address
        case .failure(let error)?: throw error
        case nil: throw .cannotListen(requested.url, "it did not start listening")
        }
    }

    /// Stops listening and closes every connection, cutting short any page still waiting for
    /// the next build. Returns within about a second even if a connection is slow to close, so
    /// Ctrl-C is answered at once.
    public func stop() async {
        running?.cancel()
        running = nil
        for _ in 0..<100 where !finished {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }
}

// MARK: - Helpers

private extension PreviewServer {
    func markFinished() {
        finished = true
    }

    static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") || text.contains("errno: 98") {
            return "the port is already in use"
        }
        return text
    }
}

extension ServeAddress {
    /// The address a socket is bound to, or nil for a Unix socket.
    init?(socketAddress: SocketAddress) {
        guard let ip = socketAddress.ipAddress, let port = socketAddress.port else { return nil }
        self.init(host: ip, port: UInt16(port))
    }
}
