import Dispatch

/// Runs independent per-page work on every core and returns the results in input order, so
/// output stays deterministic however the work was scheduled.
enum ParallelMap {
    /// `transform(0..<count)`, computed in parallel chunks, in order.
    static func map<T>(_ count: Int, chunkSize: Int = 16, _ transform: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let results = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        defer { results.deallocate() }
        let chunks = (count + chunkSize - 1) / chunkSize
        withoutActuallyEscaping(transform) { transform in
            let box = UncheckedBox(transform: transform, results: results)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                for index in start..<min(count, start + chunkSize) {
                    (box.results.baseAddress! + index).initialize(to: box.transform(index))
                }
            }
        }
        let array = Array(results)
        _ = results.deinitialize()
        return array
    }

    /// The work and the result buffer, handed to the worker threads. Each index is written by
    /// exactly one worker and read only after all have finished, so no two threads share a slot.
    private struct UncheckedBox<T>: @unchecked Sendable {
        let transform: (Int) -> T
        let results: UnsafeMutableBufferPointer<T>
    }
}
