import FlyingFox
import Foundation

/// Where the preview listens: an IP address (IPv4 or IPv6) and a port.
public struct ServeAddress: Sendable, Hashable, CustomStringConvertible {
    /// The IP address, e.g. `127.0.0.1` or `::1`; `localhost` is taken as `127.0.0.1`.
    public var host: String
    /// The port; 0 lets the system choose a free one.
    public var port: UInt16

    /// Creates an address.
    public init(host: String = "127.0.0.1", port: UInt16 = 8080) {
        self.host = host.lowercased() == "localhost" ? "127.0.0.1" : host
        self.port = port
    }

    /// Whether only this machine can reach the address.
    public var isLoopback: Bool {
        host.hasPrefix("127.") || host == "::1"
    }

    /// The address to open in a browser: `http://127.0.0.1:8080/`.
    public var url: String {
        host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
    }

    /// The same as `url`.
    public var description: String { url }

    /// FlyingFox's settings for listening here, or an error when the host is not an IP address.
    func configuration(timeout: TimeInterval) throws(PreviewServerError) -> HTTPServer.Configuration {
        do {
            if host.contains(":") {
                return HTTPServer.Configuration(address: try .inet6(ip6: host, port: port), timeout: timeout, logger: .disabled)
            }
            return HTTPServer.Configuration(address: try .inet(ip4: host, port: port), timeout: timeout, logger: .disabled)
        } catch {
            throw .badAddress(host)
        }
    }
}
