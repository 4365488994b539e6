import Foundation
import Testing

/// `safersite serve` run for real: a copy of the basic fixture site served on a free port,
/// fetched over raw sockets, edited, broken and mended, then stopped with Ctrl-C.
@Suite("safersite serve", .serialized)
struct ServeCommandTests {
    let theme = CLI.fixtures.appendingPathComponent("theme-minimal").path
    let reloadTag = #"<script src="/__safersite/reload.js""#

    /// A served copy of the basic site; the copy is removed afterwards.
    func serving(_ extra: [String] = [], _ body: (ServeProcess, URL) throws -> Void) throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let server = try ServeProcess(["--source", site.path, "--theme", theme] + extra, in: site)
        try body(server, site)
        #expect(server.interrupt() == 0, "serve did not exit 0 on Ctrl-C: \(server.errors)")
    }

    @Test("serves the site from memory with the live-reload script, and leaves public/ alone")
    func servesFromMemory() throws {
        try serving { server, site in
            #expect(server.output.hasPrefix("Serving http://127.0.0.1:\(server.port)/"))
            let home = try RawHTTP.get("/", port: server.port)
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.text.contains("Welcome"))
            #expect(home.text.contains(reloadTag))
            let about = try RawHTTP.get("/about/", port: server.port)
            #expect(about.status == 200)
            #expect(about.text.contains("About us"))
            #expect(about.text.contains(reloadTag))
            let script = try RawHTTP.get("/__safersite/reload.js", port: server.port)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("location.reload()"))
            #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
        }
    }

    @Test("a site published under a path is served under it, as its host would serve it")
    func servesUnderThePath() throws {
        try serving(["--base-url", "https://www.example-council.gov.uk/community-safety"]) { server, _ in
            #expect(server.output.hasPrefix("Serving http://127.0.0.1:\(server.port)/community-safety/ "), "\(server.output)")
            let about = try RawHTTP.get("/community-safety/about/", port: server.port)
            #expect(about.status == 200)
            #expect(about.text.contains("About us") && about.text.contains(reloadTag))
            #expect(about.text.contains(#"<a href="/community-safety/">"#), "\(about.text)")
            let home = try RawHTTP.get("/", port: server.port)
            #expect(home.status == 302 && home.headers["location"] == "/community-safety/")
            #expect(try RawHTTP.get("/community-safety", port: server.port).headers["location"] == "/community-safety/")
            #expect(try RawHTTP.get("/about/", port: server.port).status == 404)
            #expect(try RawHTTP.get("/community-safety/style.css", port: server.port).status == 200)
        }
    }

    @Test("folder redirects, 404s, content types, HEAD and 405")
    func httpBehaviour() throws {
        try serving { server, _ in
            let redirect = try RawHTTP.get("/about", port: server.port)
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"] == "/about/")
            let missing = try RawHTTP.get("/no/such/page/", port: server.port)
            #expect(missing.status == 404)
            #expect(missing.text.contains(#"<html lang="en-GB">"#))
            let css = try RawHTTP.get("/style.css", port: server.port)
            #expect(css.status == 200)
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(!css.text.contains(reloadTag))
            let text = try RawHTTP.get("/files/report.txt", port: server.port)
            #expect(text.headers["content-type"] == "text/plain; charset=utf-8")
            let head = try #require(try RawHTTP.request("HEAD", "/about/", port: server.port))
            #expect(head.status == 200)
            #expect(Int(head.headers["content-length"] ?? "") ?? 0 > 0)
            let post = try #require(try RawHTTP.request("POST", "/about/", port: server.port, headers: ["Content-Length: 0"]))
            #expect(post.status == 405)
            #expect(post.headers["allow"] == "GET, HEAD")
        }
    }

    @Test("paths that try to leave the site get 400 or 404 and never a file", arguments: [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fpasswd", "/%252e%252e/", "/%252e%252e/%252e%252e/etc/passwd",
        "/..\\..\\etc\\passwd", "/about/..%5c..%5cpasswd", "/index.html%00.txt", "/./about/",
    ])
    func traversal(target: String) throws {
        try serving { server, _ in
            let response = try RawHTTP.request("GET", target, port: server.port)
            if let response {
                #expect([400, 404].contains(response.status), "\(target) gave \(response.status)")
                #expect(!response.text.contains("root:"))
                #expect(!response.text.contains("Welcome"))
            }
            // The server is still there for everyone else.
            #expect(try RawHTTP.get("/", port: server.port).status == 200)
        }
    }

    @Test("a slow, half-sent request does not hold up anyone else")
    func slowClient() throws {
        try serving { server, _ in
            let slow = try RawHTTP.connect(port: server.port)
            defer { close(slow) }
            RawHTTP.send("GET /about/ HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX-Slow:", on: slow)
            // Each request must be answered while the slow one is still open: a server held up by
            // it would leave these unanswered until RawHTTP's read timeout, and `get` would throw.
            // How fast they are answered is the benchmark's business, not this test's.
            for _ in 0..<5 {
                #expect(try RawHTTP.get("/about/", port: server.port).status == 200)
            }
            let garbage = try RawHTTP.connect(port: server.port)
            defer { close(garbage) }
            RawHTTP.send("\u{1}\u{2}NOT HTTP AT ALL\r\n\r\n", on: garbage)
            #expect(try RawHTTP.get("/", port: server.port).status == 200)
        }
    }

    @Test("an edit shows; a broken page shows its error over the last good site; mending it clears that")
    func rebuilds() throws {
        try serving { server, site in
            let about = site.appendingPathComponent("content/about.md")
            let original = try String(contentsOf: about, encoding: .utf8)
            let generation = try RawHTTP.get("/__safersite/events", port: server.port).text

            let edited = original.replacingOccurrences(of: "We are a partnership.", with: "We are a partnership. EDIT-MARKER-1")
            try edited.write(to: about, atomically: true, encoding: .utf8)
            // Only that the edit shows matters here; how soon is measured by the benchmark, on a
            // quiet machine, where a wall-time limit means something.
            let updated = try #require(server.poll("/about/") { $0.text.contains("EDIT-MARKER-1") },
                                       "the edit never showed: \(server.errors)")
            #expect(updated.text.contains(reloadTag))
            let later = try RawHTTP.get("/__safersite/events", port: server.port).text
            #expect(later != generation)
            // The page whose file was saved, for open pages to go to.
            #expect(later.hasSuffix(#","page":"/about/"}"#), "\(later)")

            try "---\ntitle: [unclosed\n---\nBroken\n".write(to: about, atomically: true, encoding: .utf8)
            let broken = try #require(server.poll("/about/") { $0.text.contains("safersite-build-problems") },
                                           "the error never showed: \(server.errors)")
            #expect(broken.status == 200)
            #expect(broken.text.contains("content/about.md:2"))
            #expect(broken.text.contains(#"role="alert""#))
            #expect(broken.text.contains(#"<a href="/about/">"#), "the finding links to its page")
            #expect(broken.text.contains("EDIT-MARKER-1"), "the last good page should still be shown")
            #expect(try RawHTTP.get("/", port: server.port).text.contains("content/about.md:2"))
            #expect(server.errors.contains("content/about.md:2"))

            try edited.replacingOccurrences(of: "EDIT-MARKER-1", with: "EDIT-MARKER-2").write(to: about, atomically: true, encoding: .utf8)
            let mended = try #require(server.poll("/about/") { $0.text.contains("EDIT-MARKER-2") })
            #expect(!mended.text.contains("safersite-build-problems"))
        }
    }

    @Test("a page waiting for the next build is answered when a file changes, though it waited past the idle timeout")
    func longPoll() throws {
        try serving(["--idle-timeout", "1"]) { server, site in
            let now = try RawHTTP.get("/__safersite/events", port: server.port).text
            let generation = try #require(Int(now.filter(\.isNumber)))
            let waiter = try RawHTTP.connect(port: server.port)
            defer { close(waiter) }
            RawHTTP.send("GET /__safersite/events?since=\(generation) HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nConnection: close\r\n\r\n", on: waiter)
            // Longer than the idle timeout: a request being answered is not idle.
            Thread.sleep(forTimeInterval: 2)
            try "New page".write(to: site.appendingPathComponent("content/files/new.txt"), atomically: true, encoding: .utf8)
            let answer = try #require(RawHTTP.read(from: waiter, isHead: false))
            // A file that is not a page: open pages stay where they are.
            #expect(answer.text == #"{"generation":\#(generation + 1),"page":null}"#)
            #expect(try RawHTTP.get("/files/new.txt", port: server.port).text == "New page")
        }
    }

    @Test("--write also writes each good build to public/, without the script")
    func writeFlag() throws {
        try serving(["--write"]) { server, site in
            let page = site.appendingPathComponent("public/about/index.html")
            let written = try String(contentsOf: page, encoding: .utf8)
            #expect(written.contains("About us"))
            #expect(!written.contains("__safersite"))
            let about = site.appendingPathComponent("content/about.md")
            try (try String(contentsOf: about, encoding: .utf8)).replacingOccurrences(of: "We are a partnership.", with: "WRITTEN-MARKER")
                .write(to: about, atomically: true, encoding: .utf8)
            #expect(server.poll("/about/") { $0.text.contains("WRITTEN-MARKER") } != nil)
            let rewritten = try String(contentsOf: page, encoding: .utf8)
            #expect(rewritten.contains("WRITTEN-MARKER"))
            #expect(!rewritten.contains("__safersite"))
        }
    }

    @Test("Ctrl-C stops it and exits 0, even with idle, half-sent and waiting connections open")
    func interruptWithOpenConnections() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let server = try ServeProcess(["--source", site.path, "--theme", theme], in: site)
        let idle = try RawHTTP.connect(port: server.port), half = try RawHTTP.connect(port: server.port)
        let waiting = try RawHTTP.connect(port: server.port)
        defer { [idle, half, waiting].forEach { close($0) } }
        RawHTTP.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n", on: idle)
        #expect(RawHTTP.read(from: idle, isHead: false)?.status == 200)
        RawHTTP.send("GET / HTTP/1.1\r\nHo", on: half)
        RawHTTP.send("GET /__safersite/events?since=1 HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n", on: waiting)
        Thread.sleep(forTimeInterval: 0.2)
        // `interrupt()` gives nil when the server is still running after its grace period, so an
        // open connection that kept it alive fails here without a wall-time limit of our own.
        #expect(server.interrupt() == 0, "\(server.errors)")
        #expect(server.errors.hasSuffix("Stopped.\n"))
    }

    @Test("a port in use is reported, and serve exits 2")
    func portInUse() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let first = try ServeProcess(["--source", site.path, "--theme", theme], in: site)
        let second = try CLI.run(["serve", "--source", site.path, "--theme", theme, "--port", String(first.port)])
        #expect(second.status == 2)
        #expect(second.stderr.contains("cannot listen on"))
        #expect(first.interrupt() == 0)
    }
}
