import Foundation

/// Answers worked out once and shared by every core, behind a lock.
final class LockedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The answer kept for `key`, if any.
    func value(forKey key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    /// Keeps `value` as the answer for `key`.
    func set(_ value: Value, forKey key: Key) {
        lock.withLock { values[key] = value }
    }
}
