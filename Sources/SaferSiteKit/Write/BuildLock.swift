import Foundation

/// An exclusive `flock` on a file, held while a build writes its output.
final class BuildLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock, or throws at once: `OutputError.locked` when another build holds it,
    /// `OutputError.writeFailed` with the system's reason when the lock file cannot be made (a
    /// read-only disk, a folder without write permission).
    init(path: String) throws {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.writeFailed(path, String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            guard code == EWOULDBLOCK else { throw OutputError.writeFailed(path, String(cString: strerror(code))) }
            throw OutputError.locked(path)
        }
    }

    /// Lets the lock go.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
