import Foundation
import Glibc

extension OutputWriter {
    /// Writes one file into the folder at `root`, whose parent folder must exist already, with
    /// plain POSIX calls. No file is synced on its own: the folder is swapped in whole afterwards,
    /// and a crash before the swap leaves only a staging folder that the next build removes. The
    /// stamp lets the build cache tell next time whether the file is still as written.
    static func write(_ file: OutputFile, into root: String) -> Result<FileStamp, OutputError> {
        let full = root + "/" + file.path
        if case .existing(let earlier) = file.contents, link(earlier, full) == 0 {
            return FileStamp(path: full).map { .success($0) } ?? .failure(.writeFailed(full, String(cString: strerror(errno))))
        }
        return write(at: full) { descriptor in
            switch file.contents {
            case .text(var text): text.withUTF8 { Self.writeAll($0, to: descriptor) }
            case .bytes(let data): data.withUnsafeBytes { Self.writeAll($0.bindMemory(to: UInt8.self), to: descriptor) }
            case .existing(let earlier):
                // Linking failed (another file system): copy the bytes instead.
                (try? Data(contentsOf: URL(fileURLWithPath: earlier))).map { data in
                    data.withUnsafeBytes { Self.writeAll($0.bindMemory(to: UInt8.self), to: descriptor) }
                } ?? false
            }
        }
    }

    /// Makes (or empties) the file at the absolute path `full` and writes it with `body`, given
    /// the open file, which says whether it wrote every byte; the written file's stamp.
    static func write(at full: String, _ body: (Int32) -> Bool) -> Result<FileStamp, OutputError> {
        let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(.writeFailed(full, String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        guard body(descriptor), let stamp = FileStamp(descriptor: descriptor) else {
            return .failure(.writeFailed(full, String(cString: strerror(errno))))
        }
        return .success(stamp)
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

    /// Writes the pieces one after another, many to a call (`writev`), retrying short writes:
    /// a file made of many stretches of memory, written without first copying them together.
    static func writeAll(_ pieces: [UnsafeRawBufferPointer], to descriptor: Int32) -> Bool {
        var vectors = pieces.filter { $0.count > 0 }.map { iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count) }
        var first = 0
        while first < vectors.count {
            let batch = min(vectors.count - first, 1024)  // IOV_MAX on Linux
            var count = vectors.withUnsafeBufferPointer { writev(descriptor, $0.baseAddress! + first, Int32(batch)) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            // Past the pieces written whole, then into the one written in part.
            while first < vectors.count, count >= vectors[first].iov_len {
                count -= vectors[first].iov_len
                first += 1
            }
            if count > 0 {
                vectors[first].iov_base += count
                vectors[first].iov_len -= count
            }
        }
        return true
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
