import Dispatch
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `safersite serve` against careless and hostile clients (issue 24, "Preview server"): huge
/// header lines, more connections than it can open files for, requests for another host, and
/// clients too slow to finish a request. Each runs the real executable on loopback; every wait is
/// a generous functional limit, never a speed claim.
@Suite("safersite serve under load and attack", .serialized)
struct ServeLimitsTests {
    let theme = CLI.fixtures.appendingPathComponent("theme-minimal").path

    /// A served copy of the basic site, stopped with Ctrl-C afterwards, which must exit 0.
    func serving(_ extra: [String] = [], fileLimit: Int? = nil, _ body: (ServeProcess) throws -> Void) throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let server = try ServeProcess(["--source", site.path, "--theme", theme] + extra, in: site, fileLimit: fileLimit)
        try body(server)
        #expect(server.interrupt() == 0, "serve did not exit 0 within 10 s of Ctrl-C: \(server.errors)")
    }

    @Test("two 2 MB header lines are refused while everyone else is answered, and Ctrl-C still stops it")
    func hugeHeaderLines() throws {
        try serving { server in
            let senders = DispatchGroup()
            var connections: [Int32] = []
            let head = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX-Long: " + String(repeating: "a", count: 2_000_000)
            for _ in 0..<2 {
                let descriptor = try RawHTTP.connect(port: server.port)
                connections.append(descriptor)
                // A send the server stops reading must not hang the test: give up after 20 s.
                var limit = timeval(tv_sec: 20, tv_usec: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
                DispatchQueue.global().async(group: senders) {
                    RawHTTP.send(head, on: descriptor)
                }
            }
            defer {
                _ = senders.wait(timeout: .now() + 25)
                connections.forEach { close($0) }
            }
            Thread.sleep(forTimeInterval: 0.5)
            // Each GET has RawHTTP's five-second read limit: a server busy with the long lines
            // leaves them unanswered and `get` throws.
            for _ in 0..<3 {
                #expect(try RawHTTP.get("/about/", port: server.port).status == 200)
            }
            // The long lines are answered with an error or cut off, not read to the end.
            for descriptor in connections {
                #expect(RawHTTP.closedByServer(descriptor, within: 10), "a 2 MB header line was still being read after 10 s")
            }
        }
    }

    @Test("at the open-file limit it keeps listening, and answers once connections close")
    func keepsListeningAtFileLimit() throws {
        // 64 files: far fewer than the 100 connections opened, so accept() fails with EMFILE.
        try serving(fileLimit: 64) { server in
            var connections: [Int32] = []
            for _ in 0..<100 {
                connections.append(try RawHTTP.connect(port: server.port))
            }
            Thread.sleep(forTimeInterval: 1)
            connections.forEach { close($0) }
            let answer = server.poll("/", limit: 15) { $0.status == 200 }
            #expect(answer != nil, "the server stopped answering after the open-file limit: \(server.errors)")
        }
    }

    @Test("connections are capped: 200 idle ones do not become 200 open sockets, and the next request is answered")
    func connectionCap() throws {
        try serving(["--idle-timeout", "2"]) { server in
            var connections: [Int32] = []
            defer { connections.forEach { close($0) } }
            for _ in 0..<200 {
                connections.append(try RawHTTP.connect(port: server.port))
            }
            Thread.sleep(forTimeInterval: 1)
            // The cap is 128 (ServeLimits); the listening socket, the watcher and the runtime
            // hold a few more.
            let open = server.openSockets
            #expect(open < 150, "the server holds \(open) sockets for 200 idle connections")
            // The idle ones are closed after two seconds, making room for a real request.
            #expect(server.poll("/", limit: 15) { $0.status == 200 } != nil)
        }
    }

    @Test("a request for another host is refused with 421; its own addresses are answered", arguments: [
        "evil.example", "127.0.0.1.nip.io", "attacker.test:PORT", "evil.example:PORT", "127.0.0.2:PORT", "127.0.0.1:1", "[::1]:PORT", "",
    ])
    func foreignHost(host: String) throws {
        try serving { server in
            let named = host.replacingOccurrences(of: "PORT", with: String(server.port))
            let response = try #require(try RawHTTP.exchange("GET / HTTP/1.1\r\nHost: \(named)\r\nConnection: close\r\n\r\n", port: server.port))
            #expect([400, 421].contains(response.status), "Host '\(named)' gave \(response.status)")
            #expect(!response.text.contains("Welcome"))
            for own in ["127.0.0.1:\(server.port)", "localhost:\(server.port)", "LOCALHOST:\(server.port)"] {
                let answer = try #require(try RawHTTP.exchange("GET / HTTP/1.1\r\nHost: \(own)\r\nConnection: close\r\n\r\n", port: server.port))
                #expect(answer.status == 200, "Host '\(own)' gave \(answer.status)")
            }
        }
    }

    @Test("a request with no Host at all is refused")
    func missingHost() throws {
        try serving { server in
            let response = try RawHTTP.exchange("GET / HTTP/1.0\r\n\r\n", port: server.port)
            #expect(response?.status != 200)
            #expect(response?.text.contains("Welcome") != true)
        }
    }

    @Test("a client that sends nothing, or its headers a byte at a time, is closed after the idle timeout")
    func slowClientsTimedOut() throws {
        try serving(["--idle-timeout", "2"]) { server in
            let silent = try RawHTTP.connect(port: server.port)
            defer { close(silent) }
            let dripping = try RawHTTP.connect(port: server.port)
            defer { close(dripping) }
            RawHTTP.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX-Slow: ", on: dripping)
            // One byte every half second for up to 12 s: each byte would reset a plain idle timer.
            var closed = false
            for _ in 0..<24 where !closed {
                Thread.sleep(forTimeInterval: 0.5)
                closed = RawHTTP.isClosedNow(dripping) || RawHTTP.send("a", on: dripping) < 0
            }
            #expect(closed, "a client sending a header byte every half second was never closed")
            #expect(RawHTTP.closedByServer(silent, within: 10), "a silent connection was still open long after the idle timeout")
            #expect(try RawHTTP.get("/", port: server.port).status == 200)
        }
    }
}
