import Foundation

/// One per-page result kept between builds (a page's content-check findings, its search entry),
/// found by a key made from the page's `bodyKey` and whatever else the result reads.
///
/// Only pages with a file of their own are kept: a made-up page's metadata is not in its key.
final class PageMemo<Value: Sendable>: @unchecked Sendable {
    private let previous: [CacheKey: Value]
    private let keys: [CacheKey?]
    private let lock = NSLock()
    private var current: [CacheKey: Value] = [:]

    /// `keys[i]` is the key of `site.pages[i]`'s result, nil when it cannot be kept.
    init(previous: [CacheKey: Value], keys: [CacheKey?]) {
        self.previous = previous
        self.keys = keys
    }

    /// The result for the page at an index of `site.pages`: the kept one, or `compute()`'s.
    func value(forPage index: Int, _ compute: () -> Value) -> Value {
        guard keys.indices.contains(index), let key = keys[index] else { return compute() }
        let value = previous[key] ?? compute()
        lock.withLock { current[key] = value }
        return value
    }

    /// This build's results, for the next build.
    var entries: [CacheKey: Value] {
        lock.withLock { current }
    }
}
