import Foundation

/// One per-page result kept between builds (a page's content-check findings, its search entry),
/// found by a key made from the page's `bodyKey` and whatever else the result reads.
///
/// Only pages with a file of their own are kept: a made-up page's metadata is not in its key.
final class PageMemo<Value: Sendable>: @unchecked Sendable {
    private let previous: [CacheKey: Value]
    private let lock = NSLock()
    private var current: [CacheKey: Value] = [:]

    init(previous: [CacheKey: Value]) {
        self.previous = previous
    }

    /// The result kept under `key`, or `compute()`'s; nil `key`: the result cannot be kept.
    func value(forKey key: CacheKey?, _ compute: () -> Value) -> Value {
        guard let key else { return compute() }
        let value = previous[key] ?? compute()
        lock.withLock { current[key] = value }
        return value
    }

    /// Whether the previous build kept a result under `key`.
    func hasPrevious(_ key: CacheKey) -> Bool {
        previous[key] != nil
    }

    /// This build's results, for the next build.
    var entries: [CacheKey: Value] {
        lock.withLock { current }
    }
}
