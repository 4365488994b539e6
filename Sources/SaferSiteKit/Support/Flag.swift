import Foundation

/// A yes-or-no that one thread sets once and others read, such as "the check found the site
/// failed: stop rendering pages".
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var value = false

    /// Sets the flag; it stays set.
    func set() {
        lock.withLock { value = true }
    }

    /// Whether the flag has been set.
    var isSet: Bool {
        lock.withLock { value }
    }
}
