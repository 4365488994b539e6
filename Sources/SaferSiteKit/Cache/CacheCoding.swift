import Foundation

/// Writes the build cache's compact binary form: little-endian whole numbers, and text as its
/// UTF-8 length then bytes. JSON would do, but a 10,000-page cache is read on every build, and a
/// plain byte format reads several times faster with Foundation's coders on Linux.
///
/// The bytes go out to the file a chunk at a time, so the cache is never in memory whole (at
/// 10,000 pages it is about 90 MB).
struct CacheWriter {
    private var buffer: [UInt8] = []
    /// Nil for a writer that keeps its bytes (`bytes`).
    private let file: FileHandle?
    /// The first write to `file` that failed; `finish()` throws it.
    private var failure: (any Error)?
    private static let chunk = 1 << 20
    /// How many bytes have been written so far: where the next write starts in the file.
    private(set) var position = 0

    /// A writer into an open file; call `finish()` at the end.
    init(file: FileHandle) {
        self.file = file
        buffer.reserveCapacity(Self.chunk)
    }

    /// A writer that keeps what it is given in memory, in `bytes`: a part to be measured before
    /// it is written.
    init() {
        file = nil
    }

    /// What a writer made with `init()` has been given.
    var bytes: [UInt8] { buffer }

    /// Writes bytes as they are, without their length.
    mutating func write(bytes: UnsafeRawBufferPointer) {
        append(bytes)
    }

    /// Writes what is left to the file; throws if any write to it failed.
    mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }

    mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    mutating func write(_ value: UInt64) {
        var little = value.littleEndian
        withUnsafeBytes(of: &little) { append($0) }
    }

    mutating func write(_ value: Bool) {
        position += 1
        buffer.append(value ? 1 : 0)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            write(bytes.count)
            append(UnsafeRawBufferPointer(bytes))
        }
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        position += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk && file != nil { flush() }
    }

    /// After a failed write the rest is dropped, not kept: `finish()` reports the failure.
    private mutating func flush() {
        guard let file else { return }
        if failure == nil && !buffer.isEmpty {
            do {
                try file.write(contentsOf: buffer)
            } catch {
                failure = error
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ key: CacheKey) {
        write(key.high)
        write(key.low)
    }

    mutating func write<T>(_ items: [T], _ each: (inout CacheWriter, T) -> Void) {
        write(items.count)
        for item in items { each(&self, item) }
    }
}

/// Reads what `CacheWriter` wrote; any damage (a short file, a length past the end) throws, and
/// the build then goes on as if there were no cache.
extension CacheWriter {
    /// Writes a cache file named `name` in `folder` (made if missing) through `write`, atomically:
    /// a temporary file renamed over the old one, so a build killed half way leaves the old file
    /// or the new one, never a mixture.
    static func writeFile(named name: String, in folder: URL, _ write: (inout CacheWriter) throws -> Void) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(name)
        let temporary = folder.appendingPathComponent(".\(name).\(getpid())")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let file = try FileHandle(forWritingTo: temporary)
            var writer = CacheWriter(file: file)
            do {
                try write(&writer)
                try writer.finish()
            } catch {
                try? file.close()
                throw error
            }
            try file.close()
            guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

struct CacheReader {
    /// Why a cache could not be read.
    struct Damaged: Error {}

    /// A cache file mapped into memory: pages are read from the file system's cache only as they
    /// are used, so a large cache of which a build reads a little costs little.
    final class Bytes: @unchecked Sendable {
        let base: UnsafeRawPointer
        let count: Int

        /// Maps the whole file at `path`; nil when there is none, or it is empty.
        init?(mappingFile path: String) {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_size > 0,
                  let mapped = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else { return nil }
            base = UnsafeRawPointer(mapped)
            count = Int(info.st_size)
        }

        deinit {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        }

        subscript(index: Int) -> UInt8 { base.load(fromByteOffset: index, as: UInt8.self) }
    }

    private let bytes: Bytes
    private var offset = 0

    init(_ bytes: Bytes) {
        self.bytes = bytes
    }

    /// A whole file's bytes, mapped into memory (renaming a new file over it leaves the mapping as it was).
    static func bytes(ofFile path: String) -> Bytes? {
        Bytes(mappingFile: path)
    }

    var isAtEnd: Bool { offset == bytes.count }

    /// Where the next read starts; set it to read from another place (`CacheWriter.position`).
    var position: Int {
        get { offset }
        set { offset = newValue }
    }

    /// The number of bytes in all.
    var byteCount: Int { bytes.count }

    mutating func int() throws -> Int {
        Int(Int64(bitPattern: try word()))
    }

    // Every read checks the place it reads from: a position or length taken from a damaged file
    // can be anything, negative or near `Int.max`, and must be refused, never followed.
    mutating func word() throws -> UInt64 {
        guard offset >= 0, offset <= bytes.count - 8 else { throw Damaged() }
        let value = UInt64(littleEndian: bytes.base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    mutating func bool() throws -> Bool {
        guard offset >= 0, offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        let text = String(decoding: UnsafeRawBufferPointer(start: bytes.base + offset, count: count), as: UTF8.self)
        offset += count
        return text
    }

    /// The bytes read from.
    var mapped: Bytes { bytes }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func key() throws -> CacheKey {
        CacheKey(high: try word(), low: try word())
    }

    /// A count of items that follow: never negative, never more than the bytes left.
    mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    mutating func array<T>(_ each: (inout CacheReader) throws -> T) throws -> [T] {
        let count = try count()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try each(&self)) }
        return items
    }
}

// MARK: - What the cache keeps

extension CacheWriter {
    mutating func write(_ location: SourceLocation) {
        write(location.file)
        write(location.line)
        write(location.column)
    }

    mutating func write(_ diagnostic: Diagnostic) {
        write(diagnostic.severity.rawValue)
        write(diagnostic.location)
        write(diagnostic.message)
        write(diagnostic.hint)
        write(diagnostic.sourceLine)
        write(diagnostic.code)
    }

    /// A body as the cache keeps it: without its plain text and paragraphs (`withoutText`), which
    /// only the content checks and the search entry read, and those are kept on their own.
    mutating func write(_ body: RenderedMarkdown) {
        write(body.html)
        write(body.headings) { writer, heading in
            writer.write(heading.level)
            writer.write(heading.text)
            writer.write(heading.id)
            writer.write(heading.line)
        }
        write(body.links) { writer, link in
            writer.write(link.written)
            writer.write(link.resolved)
            writer.write(link.targetContentPath)
            writer.write(link.fragment)
            writer.write(link.text)
            writer.write(link.title)
            writer.write(link.isImage)
            writer.write(link.location)
        }
        write(body.tables) { writer, table in
            writer.write(table.headerCells) { $0.write($1) }
            writer.write(table.location)
        }
        write(body.diagnostics) { $0.write($1) }
    }
}

extension CacheReader {
    mutating func location() throws -> SourceLocation {
        SourceLocation(file: try string(), line: try int(), column: try int())
    }

    mutating func diagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Damaged() }
        return Diagnostic(severity, at: try location(), try string(), hint: try optionalString(),
                          sourceLine: try optionalString(), code: try optionalString())
    }

    mutating func renderedMarkdown() throws -> RenderedMarkdown {
        let html = try string()
        let headings = try array { reader in
            Heading(level: try reader.int(), text: try reader.string(), id: try reader.string(), line: try reader.int())
        }
        let links = try array { reader in
            LinkReference(written: try reader.string(), resolved: try reader.string(), targetContentPath: try reader.optionalString(),
                          fragment: try reader.optionalString(), text: try reader.string(), title: try reader.optionalString(),
                          isImage: try reader.bool(), location: try reader.location())
        }
        let tables = try array { reader in
            TableSummary(headerCells: try reader.array { try $0.string() }, location: try reader.location())
        }
        let diagnostics = try array { try $0.diagnostic() }
        return RenderedMarkdown(html: html, headings: headings, links: links, tables: tables, diagnostics: diagnostics)
    }
}
