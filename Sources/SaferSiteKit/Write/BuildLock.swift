import Foundation

/// An exclusive `flock` on a file, held while a build writes its output.
final class BuildLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock, or throws `OutputError.locked` at once when another build holds it.
    init(path: String) throws {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.locked(path) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw OutputError.locked(path)
        }
    }

    /// Lets the lock go.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
