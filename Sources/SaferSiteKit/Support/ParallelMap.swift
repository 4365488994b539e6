import Dispatch

/// Runs independent per-page work on every core and returns the results in input order, so
/// output stays deterministic however the work was scheduled.
enum ParallelMap {
    /// `transform(0..<count)`, computed in parallel chunks, in order.
    static func map<T>(_ count: Int, chunkSize: Int = 16, _ transform: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        // Each result is made in the array's own storage: made elsewhere and copied in, every
        // page's strings would be retained, and released again, one more time.
        return Array(unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let chunks = (count + chunkSize - 1) / chunkSize
            withoutActuallyEscaping(transform) { transform in
                let box = UncheckedBox(transform: transform, results: buffer)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * chunkSize
                    for index in start..<min(count, start + chunkSize) {
                        (box.results.baseAddress! + index).initialize(to: box.transform(index))
                    }
                }
            }
            initializedCount = count
        }
    }

    /// The work and the result buffer, handed to the worker threads. Each index is written by
    /// exactly one worker and read only after all have finished, so no two threads share a slot.
    private struct UncheckedBox<T>: @unchecked Sendable {
        let transform: (Int) -> T
        let results: UnsafeMutableBufferPointer<T>
    }
}
