/// A request target as sent (`/about/?since=3`), split into its raw path and query without
/// decoding anything, so `RequestPath` judges the path exactly as the client wrote it.
public struct RequestTarget: Sendable, Equatable {
    /// The path, still percent-encoded: everything before the first `?`.
    public var rawPath: String
    /// The query, still percent-encoded: everything after the first `?`, or nil without one.
    public var rawQuery: String?

    /// Splits a target.
    public init(_ target: String) {
        if let mark = target.firstIndex(of: "?") {
            rawPath = String(target[..<mark])
            rawQuery = String(target[target.index(after: mark)...])
        } else {
            rawPath = target
            rawQuery = nil
        }
    }

    /// The raw value of the first query parameter called `name`; "" for `?name`, nil when absent.
    public func query(_ name: String) -> String? {
        guard let rawQuery else { return nil }
        for pair in rawQuery.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }
}
