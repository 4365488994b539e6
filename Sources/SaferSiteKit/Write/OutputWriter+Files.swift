import Foundation
import Glibc

extension OutputWriter {
    /// Writes one file into the folder at `root`, whose parent folder must exist already, with
    /// plain POSIX calls. No file is synced on its own: the folder is swapped in whole afterwards,
    /// and a crash before the swap leaves only a staging folder that the next build removes.
    static func write(_ file: OutputFile, into root: String) -> Result<Void, OutputError> {
        let full = root + "/" + file.path
        let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(.writeFailed(full, String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        let wroteAll = switch file.contents {
        case .text(var text): text.withUTF8 { Self.writeAll($0, to: descriptor) }
        case .bytes(let data): data.withUnsafeBytes { Self.writeAll($0.bindMemory(to: UInt8.self), to: descriptor) }
        }
        return wroteAll ? .success(()) : .failure(.writeFailed(full, String(cString: strerror(errno))))
    }

    /// Makes the folder at `path` inside `root` and any folders above it that are missing. Safe to
    /// call from several threads for the same folders: one that another made first is fine.
    static func makeFolder(_ path: String, in root: String) -> Result<Void, OutputError> {
        guard !path.isEmpty else { return .success(()) }
        let full = root + "/" + path
        if mkdir(full, 0o755) == 0 || errno == EEXIST { return .success(()) }
        guard errno == ENOENT else { return .failure(.writeFailed(full, String(cString: strerror(errno)))) }
        if case .failure(let error) = makeFolder(parent(of: path), in: root) { return .failure(error) }
        return mkdir(full, 0o755) == 0 || errno == EEXIST ? .success(()) : .failure(.writeFailed(full, String(cString: strerror(errno))))
    }

    /// Writes every byte, retrying short writes.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
        guard var pointer = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            let count = Glibc.write(descriptor, pointer, remaining)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            pointer += count
            remaining -= count
        }
        return true
    }
}
