import Foundation

/// The findings of the last build as its record (`LastBuild`) keeps them: each encoded to be read
/// back, each as the command line prints it without colour (`DiagnosticFormatter`), and each one's
/// severity, with a table of where each starts. A quick rebuild that leaves most findings as they
/// were then counts and prints them straight from the record, reading back only those it is asked
/// for; a large site can have tens of thousands, and reading and formatting them all again took a
/// quarter of a quick rebuild.
struct RecordedFindings: @unchecked Sendable {
    // Unchecked: the mapped record is only ever read.
    private let bytes: CacheReader.Bytes
    /// How many findings there are.
    let count: Int
    /// Where the tables of where each finding's encoding and text start are in the record (each
    /// `count + 1` offsets into its part), and where the parts and the severities start.
    private let encodedTable: Int, encodedStart: Int, textTable: Int, textStart: Int, severitiesStart: Int

    /// Writes the findings (in display order) at the writer's position: the number of them, the
    /// tables of where each one's encoding and text start (and where the last ends), then the
    /// encodings, the texts and the severities. Made on every core.
    static func write(_ diagnostics: [Diagnostic], into writer: inout CacheWriter) {
        let chunkSize = 256
        let chunks = ParallelMap.map((diagnostics.count + chunkSize - 1) / chunkSize, chunkSize: 1) { chunk in
            var encoder = CacheWriter()
            var encoded = Part(), text = Part()
            for diagnostic in diagnostics[chunk * chunkSize..<min(diagnostics.count, (chunk + 1) * chunkSize)] {
                encoder.write(diagnostic)
                encoded.ends.append(encoder.position)
                DiagnosticFormatter().append(diagnostic, to: &text.bytes)
                text.ends.append(text.bytes.count)
            }
            encoded.bytes = encoder.bytes
            return (encoded, text)
        }
        writer.write(diagnostics.count)
        let parts = [chunks.map(\.0), chunks.map(\.1)]
        for part in parts {
            writer.write(0)
            var start = 0
            for piece in part {
                for end in piece.ends { writer.write(start + end) }
                start += piece.bytes.count
            }
        }
        for part in parts {
            for piece in part { piece.bytes.withUnsafeBytes { writer.write(bytes: $0) } }
        }
        diagnostics.map { Self.code(of: $0.severity) }.withUnsafeBytes { writer.write(bytes: $0) }
    }

    /// Some findings' bytes end to end, and where each one ends.
    private struct Part {
        var bytes: [UInt8] = []
        var ends: [Int] = []
    }

    /// The findings at the reader's position (as `write` left them), which it passes over.
    init(reading reader: inout CacheReader) throws {
        bytes = reader.mapped
        count = try reader.count()
        guard (count + 1) * 16 <= reader.byteCount - reader.position else { throw CacheReader.Damaged() }
        encodedTable = reader.position
        textTable = encodedTable + (count + 1) * 8
        encodedStart = textTable + (count + 1) * 8
        textStart = encodedStart + (try Self.checkTable(at: encodedTable, count: count, partStart: encodedStart, in: bytes))
        severitiesStart = textStart + (try Self.checkTable(at: textTable, count: count, partStart: textStart, in: bytes))
        guard count <= bytes.count - severitiesStart else { throw CacheReader.Damaged() }
        for index in 0..<count where Self.severity(code: bytes[severitiesStart + index]) == nil { throw CacheReader.Damaged() }
        reader.position = severitiesStart + count
    }

    /// The findings in `range`, read back from the record.
    func diagnostics(_ range: Range<Int>) throws -> [Diagnostic] {
        try range.map { index in
            var reader = CacheReader(bytes)
            reader.position = encodedStart + offset(index, in: encodedTable)
            return try reader.diagnostic()
        }
    }

    /// The text of the findings in `range`, as `DiagnosticFormatter` without colour makes it.
    func withText<Result>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let start = range.isEmpty ? 0 : offset(range.lowerBound, in: textTable)
        let end = range.isEmpty ? 0 : offset(range.upperBound, in: textTable)
        return body(UnsafeRawBufferPointer(start: bytes.base + textStart + start, count: end - start))
    }

    /// How many of the findings in `range` have the severity.
    func count(of severity: Diagnostic.Severity, in range: Range<Int>) -> Int {
        let code = Self.code(of: severity)
        return range.count { bytes[severitiesStart + $0] == code }
    }

    private func offset(_ index: Int, in table: Int) -> Int {
        Int(Int64(littleEndian: bytes.base.loadUnaligned(fromByteOffset: table + index * 8, as: Int64.self)))
    }

    /// The length of the part a table describes, having checked that its offsets start at 0 and
    /// never fall, and that the part, starting at `partStart`, is within the bytes.
    private static func checkTable(at table: Int, count: Int, partStart: Int, in bytes: CacheReader.Bytes) throws -> Int {
        var previous = 0
        for index in 0...count {
            let offset = Int(Int64(littleEndian: bytes.base.loadUnaligned(fromByteOffset: table + index * 8, as: Int64.self)))
            guard index > 0 ? offset >= previous : offset == 0 else { throw CacheReader.Damaged() }
            previous = offset
        }
        guard partStart <= bytes.count, previous <= bytes.count - partStart else { throw CacheReader.Damaged() }
        return previous
    }

    private static func code(of severity: Diagnostic.Severity) -> UInt8 {
        switch severity {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    private static func severity(code: UInt8) -> Diagnostic.Severity? {
        switch code {
        case 0: .error
        case 1: .warning
        case 2: .note
        default: nil
        }
    }
}
