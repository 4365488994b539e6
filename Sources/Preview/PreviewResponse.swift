import Foundation

/// An answer from the preview, before it becomes an HTTP response: status, headers and body.
public struct PreviewResponse: Sendable, Equatable {
    /// The HTTP status code.
    public var status: Int
    /// Header names and values, beyond the ones the HTTP layer adds (`Content-Length`).
    public var headers: [String: String]
    /// The body; empty for HEAD, whose `Content-Length` header gives the size a GET would have.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body read as UTF-8 text, for tests and logs.
    public var text: String {
        String(decoding: body, as: UTF8.self)
    }
}
