/// What one client may take from the preview server, so no client, careless or hostile, can
/// wedge it for the others (docs/serve.md, "Limits").
public struct ServeLimits: Sendable, Equatable {
    /// Connections served at once; more wait in the system's queue until one closes. Kept well
    /// under the usual open-file limit of 1,024, which the page files and the watcher share.
    public var maxConnections: Int
    /// How long a connection may sit without sending a whole request head, or idle between
    /// requests, before it is closed. A page waiting for the next build is not idle.
    public var idleTimeout: Duration
    /// The most bytes of header one request may send (one line, and all lines together).
    public var maxHeaderBytes: Int
    /// The most header lines one request may send.
    public var maxHeaderCount: Int

    /// Creates limits; the defaults suit a browser on the same computer.
    public init(maxConnections: Int = 128, idleTimeout: Duration = .seconds(30), maxHeaderBytes: Int = 32 * 1024, maxHeaderCount: Int = 100) {
        self.maxConnections = maxConnections
        self.idleTimeout = idleTimeout
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
    }
}
