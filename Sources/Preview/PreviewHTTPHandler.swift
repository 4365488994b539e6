import FlyingFox
import Foundation

/// Carries requests from FlyingFox to the `PreviewResponder`, and holds long-polls for the next
/// build until it finishes.
struct PreviewHTTPHandler: HTTPHandler {
    let snapshot: SiteSnapshot
    let longPoll: Duration
    let responder = PreviewResponder()

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The raw path, before FlyingFox decodes and tidies it, so RequestPath judges what was sent.
        let rawPath = request.target.path(percentEncoded: true)
        let method = request.method.rawValue
        let answer: PreviewResponse
        if rawPath == LiveReloadScript.eventsPath && (method == "GET" || method == "HEAD") {
            let generation: Int
            if let since = request.query["since"].flatMap(Int.init) {
                generation = await waitForBuild(after: since)
            } else {
                generation = await snapshot.generation
            }
            answer = responder.events(generation: generation, method: method)
        } else {
            answer = responder.respond(method: method, rawPath: rawPath, state: await snapshot.current)
        }
        return HTTPResponse(statusCode: Self.status(answer.status),
                            headers: HTTPHeaders(Dictionary(uniqueKeysWithValues: answer.headers.map { (HTTPHeader($0.key), $0.value) })),
                            body: answer.body)
    }
}

// MARK: - Helpers

private extension PreviewHTTPHandler {
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

    static func status(_ code: Int) -> HTTPStatusCode {
        switch code {
        case 200: .ok
        case 301: .movedPermanently
        case 400: .badRequest
        case 404: .notFound
        case 405: .methodNotAllowed
        case 500: .internalServerError
        case 503: .serviceUnavailable
        default: HTTPStatusCode(code, phrase: "Status \(code)")
        }
    }
}
