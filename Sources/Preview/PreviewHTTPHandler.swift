import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore

/// Carries requests from HummingbirdCore to the `PreviewResponder`, refuses requests addressed to
/// another host, and holds long-polls for the next build until it finishes.
struct PreviewHTTPHandler: Sendable {
    let snapshot: SiteSnapshot
    let longPoll: Duration
    let responder = PreviewResponder()

    /// Answers one request on a connection that arrived at `servedAt`.
    func respond(to request: Request, writer: consuming ResponseWriter, servedAt address: ServeAddress) async throws {
        let answer = await answer(to: request, servedAt: address)
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        let response = Response(status: HTTPResponse.Status(code: answer.status), headers: fields,
                                body: answer.body.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
        try await writer.write(response: response.head, body: response.body)
    }
}

// MARK: - Helpers

private extension PreviewHTTPHandler {
    func answer(to request: Request, servedAt address: ServeAddress) async -> PreviewResponse {
        let method = request.method.rawValue
        // SwiftNIO moves `Host` into the request's authority.
        let host = request.head.authority ?? request.headers[.init("Host")!]
        guard address.allowsHost(host) else { return responder.wrongHost(host, expected: address) }
        // The raw target, undecoded, so RequestPath judges what was sent.
        let target = RequestTarget(request.head.path ?? "/")
        if target.rawPath == LiveReloadScript.eventsPath && (method == "GET" || method == "HEAD") {
            if let since = target.query("since").flatMap(Int.init) {
                _ = await waitForBuild(after: since)
            }
            // The generation and its changed page read together, from the latest build.
            let latest = await snapshot.current
            return responder.events(generation: latest.generation, page: latest.changedPage, method: method)
        }
        return responder.respond(method: method, rawPath: target.rawPath, state: await snapshot.current)
    }

    /// The generation once it is no longer `since`, or the current one after `longPoll`, so
    /// the browser asks again rather than holding a connection forever.
    func waitForBuild(after since: Int) async -> Int {
        let snapshot = snapshot
        let longPoll = longPoll
        return await withTaskGroup(of: Int?.self) { group in
            group.addTask { await snapshot.generation(after: since) }
            group.addTask {
                try? await Task.sleep(for: longPoll)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            if let first { return first }
            return await snapshot.generation
        }
    }
}
