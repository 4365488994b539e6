import Foundation
import FuzzHarness
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Preview
import SaferSiteKit

extension FuzzHarness {
    /// The address the request harness pretends to serve.
    static let requestAddress = ServeAddress(host: "127.0.0.1", port: 8080)

    /// The preview server's request parsing: the bytes go through SwiftNIO's HTTP decoder, as on
    /// a real connection, and every request head it yields through what SaferSite reads itself
    /// (the `Host` check, the target's path and query, `RequestPath`) to the responder.
    ///
    /// Promises: no name other than `localhost` or an IP address is ever taken as our host, and
    /// only with our port; every answer has a status the preview uses, and a 200 carries a file
    /// of the site.
    public static func request(_ bytes: [UInt8]) -> [String] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes)))
        defer { _ = try? channel.finish() }
        var heads: [HTTPRequestHead] = []
        do {
            try channel.writeInbound(ByteBuffer(bytes: bytes))
            while let part = try channel.readInbound(as: HTTPServerRequestPart.self) {
                if case .head(let head) = part { heads.append(head) }
            }
        } catch {
            // Malformed HTTP: the server answers 400 and closes; nothing of ours runs.
        }
        return heads.flatMap(requestProblems)
    }
}

// MARK: - Helpers

private extension FuzzHarness {
    static let siteFiles: [String: OutputFile.Contents] = [
        "index.html": .text("<!DOCTYPE html><html><body>FUZZ-HOME</body></html>"),
        "about/index.html": .text("<!DOCTYPE html><html><body>FUZZ-ABOUT</body></html>"),
        "css/site.css": .text("body{}/*FUZZ-CSS*/"),
    ]

    static func requestProblems(_ head: HTTPRequestHead) -> [String] {
        var problems: [String] = []
        let host = head.headers.first(name: "Host")
        if requestAddress.allowsHost(host), let host {
            let value = host.trimmingCharacters(in: .whitespaces).lowercased()
            let name = value.hasSuffix(":8080") ? String(value.dropLast(5)) : nil
            if name.map({ $0 == "localhost" || $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }) != true {
                problems.append("Host '\(host)' was taken for 127.0.0.1:8080")
            }
        }
        let target = RequestTarget(head.uri)
        _ = target.query("since")
        let state = PreviewState(files: siteFiles, generation: 1)
        let answer = PreviewResponder().respond(method: head.method.rawValue, rawPath: target.rawPath, state: state)
        if ![200, 301, 400, 404, 405].contains(answer.status) {
            problems.append("'\(head.uri)' was answered with status \(answer.status)")
        }
        if answer.status == 200, head.method == .GET, !answer.text.contains("FUZZ-") {
            problems.append("'\(head.uri)' was answered 200 with something that is not a file of the site")
        }
        return problems
    }
}
