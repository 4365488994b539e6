import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM, delivered as an async wait rather than killing the process, so
/// a command can finish what it is doing and exit 0.
///
/// `@unchecked Sendable`: the dispatch sources are only kept alive here, never changed, and
/// dispatch sources are safe to use from any thread.
struct StopSignals: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let received: AsyncStream<Int32>

    /// Starts catching the signals; until then they stop the process as usual.
    init() {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                continuation.yield(number)
                // A stop that has not finished after two seconds is cut short: whatever still
                // holds it (a connection, a task), the person pressing Ctrl-C is answered. This
                // runs on Dispatch, so it fires even if every Swift task is busy.
                DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
                    FileHandle.standardError.write(Data("Stopped.\n".utf8))
                    exit(0)
                }
            }
            source.resume()
            return source
        }
        received = stream
    }

    /// Waits for the first signal and returns its number.
    func wait() async -> Int32 {
        var iterator = received.makeAsyncIterator()
        let number = await iterator.next() ?? SIGINT
        withExtendedLifetime(sources) {}
        return number
    }
}
