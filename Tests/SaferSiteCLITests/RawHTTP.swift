import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// HTTP by hand over a socket to 127.0.0.1, so a test sends exactly the bytes it means to (a
/// client library would tidy `/../` and `%2e%2e` away before sending).
enum RawHTTP {
    /// A response as read off the wire.
    struct Response {
        var status: Int
        /// Header values by lowercased name.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Opens a connection, with a five-second limit on every read.
    static func connect(port: UInt16) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(.ECONNREFUSED)
        }
        var limit = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return descriptor
    }

    /// Sends a whole request head exactly as given (`Host` included or not) and reads the answer;
    /// nil when the server closed the connection without answering.
    static func exchange(_ head: String, port: UInt16) throws -> Response? {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        send(head, on: descriptor)
        return read(from: descriptor, isHead: false)
    }

    /// Whether the server closes the connection within `seconds`, reading and dropping anything
    /// it sends first; false when the connection is still open then.
    static func closedByServer(_ descriptor: Int32, within seconds: Int) -> Bool {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }

    /// Whether the server has closed the connection already, without waiting.
    static func isClosedNow(_ descriptor: Int32) -> Bool {
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_DONTWAIT))
        return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// Sends bytes as they are.
    @discardableResult
    static func send(_ text: String, on descriptor: Int32) -> Int {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Sends a request line as given, and reads the response; nil when the server closed the
    /// connection without answering.
    static func request(_ method: String, _ target: String, port: UInt16, headers: [String] = []) throws -> Response? {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        let head = (["\(method) \(target) HTTP/1.1", "Host: 127.0.0.1:\(port)", "Connection: close"] + headers).joined(separator: "\r\n")
        send(head + "\r\n\r\n", on: descriptor)
        return read(from: descriptor, isHead: method == "HEAD")
    }

    /// A GET that must be answered.
    static func get(_ target: String, port: UInt16) throws -> Response {
        guard let response = try request("GET", target, port: port) else { throw POSIXError(.ECONNRESET) }
        return response
    }

    /// Reads one response: the headers, then `Content-Length` bytes of body.
    static func read(from descriptor: Int32, isHead: Bool) -> Response? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let separator = Data("\r\n\r\n".utf8)
        while true {
            if let end = data.range(of: separator) {
                let headText = String(decoding: data[..<end.lowerBound], as: UTF8.self)
                var lines = headText.components(separatedBy: "\r\n")
                let statusLine = lines.removeFirst().split(separator: " ")
                guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
                var headers: [String: String] = [:]
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                let length = isHead ? 0 : Int(headers["content-length"] ?? "0") ?? 0
                let body = data[end.upperBound...]
                if body.count >= length {
                    return Response(status: status, headers: headers, body: Data(body.prefix(length)))
                }
            }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[0..<count])
        }
    }
}
