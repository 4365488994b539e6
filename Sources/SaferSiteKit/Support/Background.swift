import Dispatch

/// A value worked out on another thread while the caller gets on with something else, such as
/// the previous build's cache, read while the source files are.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once on the worker before `done` is left, read only after waiting on it.
    private var result: Value?

    /// Starts `work` at once.
    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The value, once `work` has finished.
    var value: Value {
        done.wait()
        return result!
    }
}
