@testable import Diagnostics
import Foundation
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: answering requests")
struct ServePreviewResponderTests {
    let responder = PreviewResponder()
    let page = "<!DOCTYPE html><html><head><title>T</title></head><body><main>PAGE</main></body></html>"

    var state: PreviewState {
        PreviewState(files: [
            "index.html": .text(page.replacingOccurrences(of: "PAGE", with: "home")),
            "about/index.html": .bytes(Data(page.replacingOccurrences(of: "PAGE", with: "about").utf8)),
            "style.css": .text("body{}"),
            "images/logo.png": .bytes(Data([0x89, 0x50, 0x4E, 0x47])),
        ], generation: 3)
    }

    func get(_ path: String, method: String = "GET", state: PreviewState? = nil) -> PreviewResponse {
        responder.respond(method: method, rawPath: path, state: state ?? self.state)
    }

    @Test("folder URLs serve their index.html, with the live-reload script added")
    func folderIndex() {
        let response = get("/about/")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.headers["Cache-Control"] == "no-store")
        #expect(response.text.contains("<main>about</main>"))
        #expect(response.text.contains(LiveReloadScript.tag(generation: 3) + "\n</body>"))
        #expect(get("/").text.contains("<main>home</main>"))
    }

    @Test("a folder URL without its slash is redirected to it")
    func redirect() {
        let response = get("/about")
        #expect(response.status == 301)
        #expect(response.headers["Location"] == "/about/")
        // `//about` must not become `//about/`, which a browser reads as another host.
        #expect(get("//about").headers["Location"] == "/about/")
    }

    @Test("a site published under a path is served under it: / and the bare path lead there, other addresses are not the site's")
    func underAPath() {
        var site = state
        site.rootPath = "/community-safety/"
        #expect(get("/community-safety/", state: site).text.contains("<main>home</main>"))
        #expect(get("/community-safety/about/", state: site).text.contains("<main>about</main>"))
        #expect(get("/community-safety/style.css", state: site).text == "body{}")
        let bare = get("/community-safety/about", state: site)
        #expect(bare.status == 301 && bare.headers["Location"] == "/community-safety/about/")
        for path in ["/", "/community-safety"] {
            let moved = get(path, state: site)
            #expect(moved.status == 302 && moved.headers["Location"] == "/community-safety/", "\(path)")
        }
        #expect(get("/about/", state: site).status == 404)
        #expect(get("/style.css", state: site).status == 404)
        #expect(get("/community-safety/../index.html", state: site).status == 400)
        #expect(get(LiveReloadScript.path, state: site).status == 200)
    }

    @Test("other files are served as they are, by type, without the script")
    func files() {
        let css = get("/style.css")
        #expect(css.status == 200)
        #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(css.text == "body{}")
        let png = get("/images/logo.png")
        #expect(png.headers["Content-Type"] == "image/png")
        #expect(png.body == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("unknown paths get a plain accessible 404 page, or the site's own 404.html with status 404")
    func notFound() {
        let plain = get("/nowhere/")
        #expect(plain.status == 404)
        #expect(plain.text.contains(#"<html lang="en-GB">"#))
        #expect(plain.text.contains("<h1>\(PreviewMessages.notFound)</h1>"))
        var withOwn = state
        withOwn.files["404.html"] = .text(page.replacingOccurrences(of: "PAGE", with: "our 404"))
        let own = get("/nowhere", state: withOwn)
        #expect(own.status == 404)
        #expect(own.text.contains("<main>our 404</main>"))
        #expect(own.text.contains(LiveReloadScript.path))
        #expect(get("/__safersite/other").status == 404)
    }

    @Test("the 404 page escapes the address it names")
    func notFoundEscapes() {
        #expect(get("/%3Cscript%3E").text.contains("/%3Cscript%3E"))
        #expect(!get("/<script>").text.contains("<script>"))
    }

    @Test("traversal and smuggling attempts get 400 and never a file", arguments: [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fpasswd", "/%252e%252e/", "/..\\index.html", "/index.html%00",
    ])
    func badPaths(path: String) {
        let response = get(path)
        #expect(response.status == 400)
        #expect(!response.text.contains("<main>home</main>"))
    }

    @Test("HEAD gets GET's headers and size with no body")
    func head() {
        let get = get("/about/")
        let head = self.get("/about/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["Content-Length"] == String(get.body.count))
        #expect(head.headers["Content-Type"] == get.headers["Content-Type"])
    }

    @Test("methods other than GET and HEAD get 405 with Allow", arguments: ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"])
    func methods(method: String) {
        let response = get("/", method: method)
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD")
    }

    @Test("after a failed build, pages are the last good ones with the problems on top")
    func failedBuildBanner() {
        var failed = state
        failed.problems = [Diagnostic(.error, at: SourceLocation(file: "content/about.md", line: 2, column: 8), "expected ':'")]
        failed.latestBuildFailed = true
        failed.generation = 4
        let response = get("/about/", state: failed)
        #expect(response.status == 200)
        #expect(response.text.contains("<main>about</main>"))
        #expect(response.text.contains(#"<body>"# + "\n" + #"<link rel="stylesheet" href="/__safersite/problems.css">"#
            + "\n" + #"<div id="safersite-build-problems""#))
        #expect(response.text.contains("content/about.md:2:8"))
        #expect(response.text.contains(LiveReloadScript.tag(generation: 4)))
        #expect(get("/style.css", state: failed).text == "body{}")
    }

    @Test("after a good build with warnings, pages are the new ones with the warnings folded on top, linked to their pages")
    func warningsBanner() {
        var warned = state
        warned.take(.built([OutputFile(path: "about/index.html", contents: .text(page.replacingOccurrences(of: "PAGE", with: "new about")))],
                           warnings: [Diagnostic(.warning, at: SourceLocation(file: "content/about.md", line: 3, column: 10), "the summary is empty")]),
                    pageAddresses: ["content/about.md": "/about/"])
        let response = get("/about/", state: warned)
        #expect(response.status == 200)
        #expect(response.text.contains("<main>new about</main>"))
        #expect(response.text.contains(#"role="status""#))
        #expect(response.text.contains("<summary>1 warning</summary>"))
        #expect(response.text.contains(#"<a href="/about/">"#))
        #expect(!get("/about/").text.contains(BuildProblemsHTML.bannerID), "a clean build shows no box")
    }

    @Test("with nothing built yet, every page is the problems page")
    func nothingBuilt() {
        let failed = PreviewState(files: [:], generation: 1,
                                  problems: [Diagnostic(.error, at: SourceLocation(file: "content/index.md", line: 1, column: 1), "no front matter")])
        let response = get("/anything/", state: failed)
        #expect(response.status == 500)
        #expect(response.text.contains("content/index.md:1:1"))
        #expect(response.text.contains(LiveReloadScript.tag(generation: 1)))
    }

    @Test("the script itself and the events answer")
    func previewAddresses() {
        let script = get(LiveReloadScript.path)
        #expect(script.headers["Content-Type"] == "text/javascript; charset=utf-8")
        #expect(script.text == LiveReloadScript.source)
        let events = responder.events(generation: 9)
        #expect(events.text == #"{"generation":9,"page":null}"#)
        #expect(events.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(responder.events(generation: 10, page: "/projects/aspire/").text == #"{"generation":10,"page":"/projects/aspire/"}"#)
        let odd = responder.events(generation: 11, page: "/a\"</b/")
        #expect(!odd.text.contains("<"))
        let decoded = try? JSONSerialization.jsonObject(with: odd.body) as? [String: Any]
        #expect(decoded?["page"] as? String == "/a\"</b/")
        let css = get(BuildProblemsHTML.stylesheetPath)
        #expect(css.status == 200)
        #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(css.text == BuildProblemsHTML.stylesheet)
    }
}
