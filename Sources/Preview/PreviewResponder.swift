import Foundation
import SaferSiteKit
import TextSupport

/// Decides the answer to one request from what the preview holds: which file, which status, which
/// headers, and what goes into HTML on the way out (the live-reload script, the problems banner).
///
/// It is a pure function of the request and a `PreviewState`, so every rule can be tested
/// without a socket; `PreviewServer` only carries its answers over HTTP.
public struct PreviewResponder: Sendable {
    /// Creates a responder.
    public init() {}

    /// The answer to a request, given its method and its raw, still percent-encoded path.
    public func respond(method: String, rawPath: String, state: PreviewState) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            var response = plainPage(status: 405, heading: "Method not allowed", text: PreviewMessages.methodNotAllowed)
            response.headers["Allow"] = "GET, HEAD"
            return response
        }
        return finish(answer(rawPath: rawPath, state: state), method: method)
    }

    /// The answer to a request for another host (421 Misdirected Request): DNS rebinding, or an
    /// address the preview was not opened at. `host` is the request's `Host`, nil when it had none.
    public func wrongHost(_ host: String?, expected: ServeAddress) -> PreviewResponse {
        // The name is HTML-escaped inside plainPage; a hostile page chooses it.
        plainPage(status: 421, heading: "Wrong address", text: PreviewMessages.wrongHost(host, expected: expected.url))
    }

    /// The answer to a long-poll for the next build: `{"generation":N,"page":"/about/"}`, where
    /// `page` is the address of the page the change that made build N saved, or `null`.
    public func events(generation: Int, page: String? = nil, method: String = "GET") -> PreviewResponse {
        let body = Data(#"{"generation":\#(generation),"page":\#(page.map(JSONText.quoted) ?? "null")}"#.utf8)
        return finish(PreviewResponse(status: 200, headers: Self.headers(contentType: "application/json; charset=utf-8"), body: body),
                      method: method)
    }
}

// MARK: - Helpers

private extension PreviewResponder {
    func answer(rawPath: String, state: PreviewState) -> PreviewResponse {
        if rawPath == LiveReloadScript.path {
            return PreviewResponse(status: 200, headers: Self.headers(contentType: "text/javascript; charset=utf-8"),
                                   body: Data(LiveReloadScript.source.utf8))
        }
        if rawPath == BuildProblemsHTML.stylesheetPath {
            return PreviewResponse(status: 200, headers: Self.headers(contentType: "text/css; charset=utf-8"),
                                   body: Data(BuildProblemsHTML.stylesheet.utf8))
        }
        let root = state.rootPath
        // A site published under a path is served under it: `/` and the path without its last
        // `/` lead there, and nothing else outside it is the site's.
        if root != "/" && !rawPath.hasPrefix(root) && !rawPath.hasPrefix(LiveReloadScript.reservedPrefix) && !state.files.isEmpty {
            guard rawPath == "/" || rawPath == String(root.dropLast()) else { return notFound(rawPath: rawPath, state: state) }
            var response = plainPage(status: 302, heading: "Moved", text: "The site is at \(root)")
            response.headers["Location"] = root
            return response
        }
        let path: RequestPath
        do {
            path = try RequestPath(raw: root == "/" || !rawPath.hasPrefix(root) ? rawPath : "/" + rawPath.dropFirst(root.count))
        } catch {
            return plainPage(status: 400, heading: "Bad request", text: PreviewMessages.badPath)
        }
        if state.files.isEmpty {
            let page = BuildProblemsHTML.page(problems: state.problems, failure: state.failure, pageAddresses: state.pageAddresses)
            return html(status: state.latestBuildFailed ? 500 : 503, page, state: state, withBanner: false)
        }
        if rawPath.hasPrefix(LiveReloadScript.reservedPrefix) {
            return notFound(rawPath: rawPath, state: state)
        }
        let sitePath = path.sitePath
        let folderIndex = sitePath.isEmpty ? "index.html" : sitePath + "/index.html"
        if path.hasTrailingSlash || sitePath.isEmpty {
            guard let contents = state.files[folderIndex] else { return notFound(rawPath: rawPath, state: state) }
            return file(folderIndex, contents, state: state)
        }
        if let contents = state.files[sitePath] {
            return file(sitePath, contents, state: state)
        }
        if state.files[folderIndex] != nil {
            // One leading slash only: `//name/` would be read by a browser as another host.
            let location = "/" + rawPath.drop(while: { $0 == "/" }) + "/"
            var response = plainPage(status: 301, heading: "Moved", text: "This page is at \(location)")
            response.headers["Location"] = location
            return response
        }
        return notFound(rawPath: rawPath, state: state)
    }

    func file(_ sitePath: String, _ contents: OutputFile.Contents, state: PreviewState, status: Int = 200) -> PreviewResponse {
        let contentType = ContentType.forPath(sitePath)
        guard ContentType.isHTML(contentType) else {
            return PreviewResponse(status: status, headers: Self.headers(contentType: contentType), body: contents.data)
        }
        return html(status: status, contents.text, state: state, withBanner: true)
    }

    /// An HTML page on its way out: the problems box when the latest build failed or has
    /// warnings, and the live-reload script, both added here and never to the built files.
    func html(status: Int, _ page: String, state: PreviewState, withBanner: Bool) -> PreviewResponse {
        var page = page
        if withBanner && state.showsProblems {
            let banner = BuildProblemsHTML.banner(problems: state.problems, failure: state.failure, hasGoodBuild: true,
                                                  failed: state.latestBuildFailed, pageAddresses: state.pageAddresses)
            page = BuildProblemsHTML.insertBanner(banner, into: page)
        }
        page = LiveReloadScript.inject(into: page, generation: state.generation)
        return PreviewResponse(status: status, headers: Self.headers(contentType: ContentType.html), body: Data(page.utf8))
    }

    func notFound(rawPath: String, state: PreviewState) -> PreviewResponse {
        if let contents = state.files["404.html"] {
            return file("404.html", contents, state: state, status: 404)
        }
        return plainPage(status: 404, heading: PreviewMessages.notFound, text: PreviewMessages.notFoundText(rawPath))
    }

    /// A small accessible page of the preview's own (errors, redirects), with no script in it.
    func plainPage(status: Int, heading: String, text: String) -> PreviewResponse {
        let page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.text(heading))</title>
        </head>
        <body>
        <main>
        <h1>\(HTMLEscape.text(heading))</h1>
        <p>\(HTMLEscape.text(text))</p>
        <p><a href="/">Go to the home page</a></p>
        </main>
        </body>
        </html>

        """
        return PreviewResponse(status: status, headers: Self.headers(contentType: ContentType.html), body: Data(page.utf8))
    }

    /// HEAD gets the headers a GET would, with the size in `Content-Length` and no body.
    func finish(_ response: PreviewResponse, method: String) -> PreviewResponse {
        guard method == "HEAD" else { return response }
        var head = response
        head.headers["Content-Length"] = String(response.body.count)
        head.body = Data()
        return head
    }

    /// A preview must never be cached: the next build changes every page.
    static func headers(contentType: String) -> [String: String] {
        ["Content-Type": contentType, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"]
    }
}
