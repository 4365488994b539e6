import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// Whether a request's `Host` header names this address, so the request was meant for us.
    ///
    /// A web page on another site can make the browser send requests here under its own name by
    /// pointing that name's DNS at this machine (DNS rebinding); the browser then still sends the
    /// page's name in `Host`. Only a name that cannot be rebound is accepted: `localhost`, or an
    /// IP address, which must be the one listened on unless the preview listens on every address
    /// (`0.0.0.0` or `::`). The port must be ours (or absent, for port 80).
    public func allowsHost(_ header: String?) -> Bool {
        guard let header, let (name, port) = Self.split(hostHeader: header) else { return false }
        guard port == self.port || (port == nil && self.port == 80) else { return false }
        let listening = Self.ipBytes(host)
        if name == "localhost" { return isLoopback || listening.map(Self.isUnspecified) == true }
        guard let asked = Self.ipBytes(name) else { return false }
        guard let listening else { return false }
        return Self.isUnspecified(listening) || asked == listening
    }
}

// MARK: - Helpers

private extension ServeAddress {
    /// `name` lowercased and the port, from `name`, `name:port`, `[v6]` or `[v6]:port`; nil when
    /// malformed.
    static func split(hostHeader: String) -> (String, UInt16?)? {
        let value = hostHeader.trimmingCharacters(in: .whitespaces).lowercased()
        let name: Substring, rest: Substring
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            name = value[value.index(after: value.startIndex)..<close]
            rest = value[value.index(after: close)...]
        } else if let colon = value.firstIndex(of: ":") {
            name = value[..<colon]
            rest = value[colon...]
        } else {
            name = value[...]
            rest = ""
        }
        guard !name.isEmpty else { return nil }
        if rest.isEmpty { return (String(name), nil) }
        // Only the port's plain spelling, as browsers send it: no sign, no leading zeros.
        guard rest.hasPrefix(":"), let port = UInt16(rest.dropFirst()), String(port) == rest.dropFirst() else { return nil }
        return (String(name), port)
    }

    /// The address's bytes, so `::1` and `0:0::1` compare equal; nil when it is not an IP address.
    static func ipBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    static func isUnspecified(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0 }
    }
}
