import Foundation
import Testing
@testable import SaferSiteKit

/// The parts of the last build's record that a quick rebuild reads without decoding them whole:
/// the findings (kept encoded, as printed, and by severity), the search lines, and the identity
/// of the safersite that wrote them.
@Suite("last build record parts")
struct LastBuildPartsTests {
    static let findings: [Diagnostic] = (0..<700).map { index in
        let file = "content/page-\(String(format: "%03d", index / 3)).md"
        switch index % 3 {
        case 0: return .warning("this page has no review date", at: SourceLocation(file: file, line: 2, column: 1),
                                hint: "add 'review_by: YYYY-MM-DD'", sourceLine: "title: \"Page \(index)\"", code: "no-review-date")
        case 1: return .error("the link to 'gone.md' goes nowhere: é \u{1B}[2J", at: SourceLocation(file: file, line: 9, column: 14),
                              sourceLine: "See\tthe [report](gone.md).")
        default: return Diagnostic(.note, at: SourceLocation(file: file, line: 0, column: 0), "a note with no line")
        }
    }.sortedForDisplay()

    /// Writes with `write`, then reads the file back with `read` from where the writing began.
    static func roundTrip<T>(_ write: (inout CacheWriter) throws -> Void, _ read: (inout CacheReader) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CacheWriter.writeFile(named: "part.bin", in: folder) { writer in
            writer.write("before")
            try write(&writer)
            writer.write("after")
        }
        var reader = CacheReader(try #require(CacheReader.bytes(ofFile: folder.appendingPathComponent("part.bin").path)))
        #expect(try reader.string() == "before")
        let value = try read(&reader)
        #expect(try reader.string() == "after")
        return value
    }

    @Test("recorded findings read back as written, with their printed text and their counts, without reading the rest")
    func recordedFindings() throws {
        let recorded = try Self.roundTrip({ RecordedFindings.write(Self.findings, into: &$0) }, { try RecordedFindings(reading: &$0) })
        #expect(recorded.count == Self.findings.count)
        let readBack = try recorded.diagnostics(0..<recorded.count)
        #expect(readBack == Self.findings, "not read back as written")
        #expect(try recorded.diagnostics(10..<13) == Array(Self.findings[10..<13]))
        for range in [0..<recorded.count, 300..<301, 5..<5, 699..<700] {
            let text = recorded.withText(range) { String(decoding: $0, as: UTF8.self) }
            let same = text == DiagnosticFormatter().format(Array(Self.findings[range]))
            #expect(same, "the text of \(range) is not as printed")
            for severity in [Diagnostic.Severity.error, .warning, .note] {
                #expect(recorded.count(of: severity, in: range) == Self.findings[range].count { $0.severity == severity })
            }
        }
        // The terminal never gets the escape: it was printed safely when recorded.
        #expect(!recorded.withText(0..<3) { $0.contains(0x1B) })
    }

    @Test("a damaged table of recorded findings is refused when read")
    func damagedFindings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CacheWriter.writeFile(named: "part.bin", in: folder) { RecordedFindings.write(Self.findings, into: &$0) }
        let file = folder.appendingPathComponent("part.bin")
        let whole = try Data(contentsOf: file)
        var falling = whole
        // The second entry of the first table, made to point before the first.
        falling.replaceSubrange(16..<24, with: [UInt8](repeating: 0xFF, count: 8))
        for damaged in [whole.prefix(whole.count - 1), whole.prefix(100), falling] {
            try damaged.write(to: file)
            var reader = CacheReader(try #require(CacheReader.bytes(ofFile: file.path)))
            #expect(throws: CacheReader.Damaged.self) { try RecordedFindings(reading: &reader) }
        }
    }

    @Test("a page's record reads back as written, its silences with the page as theirs")
    func pageRecord() throws {
        let location = SourceLocation(file: "content/about.md", line: 9, column: 11)
        let record = PageRecord(
            source: "content/about.md", contentPath: "about.md", url: "/about/", outputPath: "about/index.html", kind: .page,
            canRedoAlone: true, frontMatterKey: StableHash.of("front matter"), bodyFirstLine: 11,
            parseFindings: [Self.findings[0]], fixedFindings: Array(Self.findings[1...2]), headingIDs: ["who-we-are", "what-we-do"],
            anchorsLinked: ["who-we-are"],
            silences: [Silence(check: .vagueLinkText, page: "content/about.md", reason: nil, location: location),
                       Silence(check: .duplicateTitle, page: "content/about.md", reason: nil, location: location)],
            silencesUsedByRules: [false, true], summary: ["title": "About us", "weight": 1], crumb: ["url": "/about/"],
            chain: [0, 3], related: [5], neighbours: (previous: nil, next: 4))
        let read = try Self.roundTrip({ try $0.write(record) }, { try $0.pageRecord() })
        #expect(read.source == record.source && read.url == record.url && read.outputPath == record.outputPath && read.kind == .page)
        #expect(read.canRedoAlone && read.frontMatterKey == record.frontMatterKey && read.bodyFirstLine == 11)
        #expect(read.parseFindings == record.parseFindings && read.fixedFindings == record.fixedFindings)
        #expect(read.headingIDs == record.headingIDs && read.anchorsLinked == record.anchorsLinked)
        #expect(read.silences == record.silences && read.silencesUsedByRules == [false, true])
        #expect(read.summary["title"] as? String == "About us" && read.crumb["url"] as? String == "/about/")
        #expect(read.chain == [0, 3] && read.related == [5] && read.neighbours?.previous == nil && read.neighbours?.next == 4)
    }

    @Test("a report's findings print the recorded text with the made findings in between, as the formatter prints them all")
    func reportFindings() throws {
        let recorded = try Self.roundTrip({ RecordedFindings.write(Self.findings, into: &$0) }, { try RecordedFindings(reading: &$0) })
        let redone = [Diagnostic.warning("this sentence has 30 words", at: SourceLocation(file: "content/page-100.md", line: 4, column: 2))]
        let findings = BuildFindings(parts: [.recorded(recorded, 0..<300), .made(redone), .recorded(recorded, 303..<700)])
        let all = Array(Self.findings[0..<300]) + redone + Array(Self.findings[303...])
        let (sameFindings, samePlain, sameColoured) = (findings.all == all,
                                                       findings.formatted(useColour: false) == DiagnosticFormatter().formattedBytes(all),
                                                       findings.formatted(useColour: true) == DiagnosticFormatter(useColour: true).formattedBytes(all))
        #expect(sameFindings && samePlain && sameColoured, "\(sameFindings) \(samePlain) \(sameColoured)")
        #expect(findings.count(of: .warning) == all.count { $0.severity == .warning })
        #expect(findings.count(of: .error) == all.count { $0.severity == .error })
    }

    @Test("the search lines write the index file the generator writes, straight from the record, pages not searched left out")
    func searchLines() throws {
        let lines: [String?] = [nil, "{\"url\":\"/a/\"}", nil, "{\"url\":\"/é/\"}", "", "{\"url\":\"/c/\"}", nil]
        let read = try Self.roundTrip({ SearchLines(lines).write(into: &$0) }, { try SearchLines(reading: &$0) })
        #expect(read.lines == lines)
        var changed = read
        changed[5] = "{\"url\":\"/c/\",\"title\":\"new\"}"
        for (searchLines, expected) in [(read, lines), (changed, lines.enumerated().map { $0.offset == 5 ? changed[5] : $0.element })] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("search-index.json").path
            #expect(throws: Never.self) { try OutputWriter.write(at: path) { searchLines.write(to: $0) }.get() }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == SearchIndexGenerator().json(forLines: expected.compactMap { $0 }))
        }
    }

    @Test("many pieces are written whole, more than one system call takes")
    func writePieces() throws {
        let pieces = (0..<3000).map { Array("piece \($0) é\n".utf8) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pieces.txt").path
        let joined = Array(pieces.joined())
        let written = try joined.withUnsafeBytes { bytes in
            var buffers: [UnsafeRawBufferPointer] = []
            var start = 0
            for piece in pieces {
                buffers.append(UnsafeRawBufferPointer(rebasing: bytes[start..<start + piece.count]))
                start += piece.count
            }
            // An empty piece is passed over.
            buffers.insert(UnsafeRawBufferPointer(rebasing: bytes[0..<0]), at: 1)
            return try OutputWriter.write(at: path) { OutputWriter.writeAll(buffers, to: $0) }.get()
        }
        #expect(written.size == joined.count)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(joined))
    }

    @Test("the running executable's build id is read from memory, and is the one in its file")
    func executableBuildID() throws {
        let id = try #require(BuildCache.executableBuildID)
        #expect(id.count >= 8)
        let executable = try Data(contentsOf: URL(fileURLWithPath: "/proc/self/exe"), options: .alwaysMapped)
        #expect(executable.range(of: Data(id)) != nil)
    }
}
