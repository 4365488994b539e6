import Foundation

/// What the last build that wrote its output with the cache on knew of the finished site, kept
/// in `.safersite-cache/last-build.bin` so that the next build, when only one page's body has
/// changed since (or nothing has), can redo that page alone and update the output folder in
/// place (`QuickRebuild`) rather than build the whole site again.
///
/// It is written only after a build with no errors (`LastBuildRecorder`), and
/// read only by a build with the same options, by the same safersite. Each page's own part is
/// read only when it is needed: a page's record, found by the table at the end of the file.
/// What a quick rebuild changes goes into a small second file (`LastBuildChanges`), read over it.
struct LastBuild {
    static let fileName = "last-build.bin"
    static let magic = "safersite last build\n"
    static let formatVersion = 3

    /// `optionsKey(_:)` of the build.
    var optionsKey: CacheKey
    /// When the build began to read its sources, in nanoseconds since 1970.
    var loadStarted: Int
    /// Every source file read, in path order, with its stamp when it was read and the hash of
    /// its bytes (`StableHash.of`), which settles whether a file whose stamp cannot be trusted changed.
    var sources: [(path: String, kind: SourceFile.Kind, stamp: SourceStamp, hash: CacheKey)]
    /// Every file in the output folder, by path inside it, in path order.
    var outputs: [(path: String, stamp: FileStamp)]
    /// The output folder (path "") and every folder in it, in path order (`OutputScan`).
    var outputFolders: [(path: String, stamp: FileStamp)]
    /// When the folders' stamps were read, in nanoseconds since 1970 (`FileStamp.trusted(readAt:)`).
    var outputFoldersRead: Int
    var pageCount: Int
    var sectionCount: Int
    /// How many page files (pages and their numbered listing pages) the site has.
    var pageFileCount: Int
    /// Every page's content path and address, in `site.pages` order (the links' table).
    var pageURLs: [(contentPath: String, url: String)]
    /// The content assets' paths inside `content/`.
    var assetPaths: [String]
    /// The output paths links are checked against (`SiteChecker.Targets`), sorted.
    var linkTargets: [String]
    /// The pages in the Atom feed, whose bodies it shows.
    var feedPages: [Int]
    /// The `site` value of every context.
    var siteValue: [String: Any]
    /// The menus, with each item's address.
    var menus: [String: [TemplateContext.MenuLink]]
    /// Each district's name and page address, by slug.
    var districts: [String: (String, String)]
    /// Every finding of the build, in display order.
    var findings: Findings
    /// Where each page file's findings are in `findings`, by page index; a page with none has
    /// an empty range where its findings would go.
    var runs: [Range<Int>]
    /// Every page's search index line (nil: not searched).
    var searchLines: SearchLines
    /// The search index's path in the output folder, when the site has one.
    var searchIndexPath: String?
    /// Where each page's `PageRecord` starts in the file; filled in as it is written or read.
    var recordOffsets: [Int] = []

    /// The key of everything in the options that the output depends on.
    static func optionsKey(_ options: BuildOptions) -> CacheKey {
        var hash = StableHash()
        hash.feed("last build")
        hash.feed(options.source.standardizedFileURL.path)
        hash.feed(SourceLoader(root: options.source, themeRoot: options.theme).themeRoot.path)
        hash.feed(options.output?.standardizedFileURL.path ?? "")
        hash.feed(options.includeDrafts)
        hash.feed(options.baseURL ?? "")
        hash.feed(options.baseURL != nil)
        hash.feed(options.strict)
        hash.feed(options.keepsFiles)
        hash.feed(UKDate.machine(options.today))
        return hash.finish()
    }

    /// Whether a source file's stamp, the same now as when the last build read it, can be
    /// trusted to mean the same bytes: not when it was changed so close to the build's start
    /// that an edit since could have left the times as they were (file times move in clock
    /// ticks of a few milliseconds).
    /// `readStarted` is when the file was read, when later than the build's load.
    func trusts(_ stamp: SourceStamp, readStarted: Int? = nil) -> Bool {
        let margin = FileStamp.clockMargin
        let read = readStarted ?? loadStarted
        return stamp.modified < read - margin && stamp.changed < read - margin
    }
}

extension LastBuild {
    /// The build's findings: as it made them, to be recorded, or as a record keeps them.
    enum Findings {
        case made([Diagnostic])
        case recorded(RecordedFindings)

        var count: Int {
            switch self {
            case .made(let diagnostics): diagnostics.count
            case .recorded(let recorded): recorded.count
            }
        }

        /// The findings in `range`, as part of a report's.
        func part(_ range: Range<Int>) -> BuildFindings.Part {
            switch self {
            case .made(let diagnostics): .made(Array(diagnostics[range]))
            case .recorded(let recorded): .recorded(recorded, range)
            }
        }
    }
}

/// What the last build knew of one page.
struct PageRecord {
    var source: String
    var contentPath: String
    var url: String
    var outputPath: String
    var kind: Page.Kind
    /// Whether the quick rebuild can redo this page alone after an edit to its body: an ordinary
    /// page of a file of its own, outside the feed, whose findings are all in its own file.
    var canRedoAlone: Bool
    /// `SiteModelKey.frontMatterKey` of its file.
    var frontMatterKey: CacheKey
    var bodyFirstLine: Int
    /// Its file's findings on parsing.
    var parseFindings: [Diagnostic]
    /// The findings in its file that its body does not decide: all but its body's and its own
    /// content checks'.
    var fixedFindings: [Diagnostic]
    var headingIDs: [String]
    /// The anchors other pages' links name on this page (`#fragment`).
    var anchorsLinked: [String]
    /// The silences of checks on this page (all written in its own file when it can be redone
    /// alone; their reasons are not kept), and for each whether it silenced a site rule's finding.
    var silences: [Silence]
    var silencesUsedByRules: [Bool]
    /// `TemplateContext.summaryValue` of the page.
    var summary: [String: Any]
    /// Its crumb in the breadcrumbs of pages below it (`TemplateContext.crumb`).
    var crumb: [String: Any]
    /// The pages of the section chain above it and its own section's page, as page indexes.
    var chain: [Int]
    var related: [Int]
    var neighbours: (previous: Int?, next: Int?)?
}

// MARK: - Serialisation

extension LastBuild {
    /// Writes everything but the page records, which `writeRecords` then adds, with the table.
    func writeHead(into writer: inout CacheWriter) throws {
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(BuildCache.buildIdentity)
        writer.write(optionsKey)
        writer.write(loadStarted)
        writer.write(sources) { writer, source in
            writer.write(source.path)
            writer.write(source.kind.rawValue)
            writer.write(source.stamp)
            writer.write(source.hash)
        }
        for entries in [outputs, outputFolders] {
            writer.write(entries) { writer, entry in
                writer.write(entry.path)
                writer.write(entry.stamp)
            }
        }
        writer.write(outputFoldersRead)
        writer.write(pageCount)
        writer.write(sectionCount)
        writer.write(pageFileCount)
        writer.write(pageURLs) { writer, page in
            writer.write(page.contentPath)
            writer.write(page.url)
        }
        writer.write(assetPaths) { $0.write($1) }
        writer.write(linkTargets) { $0.write($1) }
        writer.write(feedPages) { $0.write($1) }
        try TemplateValueCoding.write(siteValue, into: &writer)
        writer.write(menus.sorted { $0.key < $1.key }) { writer, menu in
            writer.write(menu.key)
            writer.write(menu.value) { writer, link in
                writer.write(link.name)
                writer.write(link.url)
            }
        }
        writer.write(districts.sorted { $0.key < $1.key }) { writer, district in
            writer.write(district.key)
            writer.write(district.value.0)
            writer.write(district.value.1)
        }
        switch findings {
        case .made(let diagnostics): RecordedFindings.write(diagnostics, into: &writer)
        case .recorded: throw CacheReader.Damaged()  // only a build's own findings are written
        }
        writer.write(runs) { writer, run in
            writer.write(run.lowerBound)
            writer.write(run.upperBound)
        }
        searchLines.write(into: &writer)
        writer.write(searchIndexPath)
    }

    /// Writes each page's record, then the table of where each starts and, last, where the table is.
    static func writeRecords(_ records: [PageRecord], into writer: inout CacheWriter) throws {
        var offsets: [Int] = []
        offsets.reserveCapacity(records.count)
        for record in records {
            offsets.append(writer.position)
            try writer.write(record)
        }
        let table = writer.position
        writer.write(offsets) { $0.write($1) }
        writer.write(table)
    }

    /// Reads the last build's record in a cache folder (without its page records, which
    /// `record(_:in:)` reads one by one); nil when there is none, or it is damaged, or it was
    /// written by another safersite or for other options.
    static func load(from folder: URL, options: BuildOptions) -> (LastBuild, CacheReader)? {
        guard let bytes = CacheReader.bytes(ofFile: folder.appendingPathComponent(fileName).path), bytes.count > 8 else { return nil }
        var reader = CacheReader(bytes)
        do {
            guard try reader.string() == magic, try reader.int() == formatVersion, try reader.key() == BuildCache.buildIdentity,
                  try reader.key() == optionsKey(options) else { return nil }
            var last = try reader.lastBuild()
            let end = reader.byteCount
            reader.position = end - 8
            reader.position = try reader.int()
            last.recordOffsets = try reader.array { try $0.int() }
            guard last.recordOffsets.count == last.pageURLs.count, last.runs.count == last.pageURLs.count,
                  last.searchLines.count == last.pageURLs.count else { return nil }
            return (last, reader)
        } catch {
            return nil
        }
    }

    /// The record of the page at `index`, read from `reader` (as `load` gives it).
    func record(_ index: Int, in reader: CacheReader) throws -> PageRecord {
        var reader = reader
        reader.position = recordOffsets[index]
        return try reader.pageRecord()
    }
}

extension CacheWriter {
    mutating func write(_ stamp: SourceStamp) {
        write(stamp.device)
        write(stamp.inode)
        write(stamp.size)
        write(stamp.modified)
        write(stamp.changed)
    }

    mutating func write(_ stamp: FileStamp) {
        write(stamp.inode)
        write(stamp.size)
        write(stamp.modified)
    }

    mutating func write(_ record: PageRecord) throws {
        write(record.source)
        write(record.contentPath)
        write(record.url)
        write(record.outputPath)
        write(record.kind.rawValue)
        write(record.canRedoAlone)
        write(record.frontMatterKey)
        write(record.bodyFirstLine)
        write(record.parseFindings) { $0.write($1) }
        write(record.fixedFindings) { $0.write($1) }
        write(record.headingIDs) { $0.write($1) }
        write(record.anchorsLinked) { $0.write($1) }
        write(Array(zip(record.silences, record.silencesUsedByRules))) { writer, item in
            writer.write(item.0.check.rawValue)
            writer.write(item.0.location)
            writer.write(item.1)
        }
        try TemplateValueCoding.write(record.summary, into: &self)
        try TemplateValueCoding.write(record.crumb, into: &self)
        write(record.chain) { $0.write($1) }
        write(record.related) { $0.write($1) }
        write(record.neighbours != nil)
        if let neighbours = record.neighbours {
            write(neighbours.previous ?? -1)
            write(neighbours.next ?? -1)
        }
    }
}

extension CacheReader {
    mutating func sourceStamp() throws -> SourceStamp {
        SourceStamp(device: try word(), inode: try word(), size: try int(), modified: try int(), changed: try int())
    }

    mutating func fileStamp() throws -> FileStamp {
        FileStamp(inode: try word(), size: try int(), modified: try int())
    }

    mutating func lastBuild() throws -> LastBuild {
        let loadStarted = try int()
        let sources = try array { reader -> (path: String, kind: SourceFile.Kind, stamp: SourceStamp, hash: CacheKey) in
            let path = try reader.string()
            guard let kind = SourceFile.Kind(rawValue: try reader.string()) else { throw Damaged() }
            return (path, kind, try reader.sourceStamp(), try reader.key())
        }
        let outputs = try array { reader -> (path: String, stamp: FileStamp) in (try reader.string(), try reader.fileStamp()) }
        let outputFolders = try array { reader -> (path: String, stamp: FileStamp) in (try reader.string(), try reader.fileStamp()) }
        let outputFoldersRead = try int()
        let pageCount = try int(), sectionCount = try int(), pageFileCount = try int()
        let pageURLs = try array { reader -> (contentPath: String, url: String) in (try reader.string(), try reader.string()) }
        let assetPaths = try array { try $0.string() }
        let linkTargets = try array { try $0.string() }
        let feedPages = try array { try $0.int() }
        let siteValue = try TemplateValueCoding.readDictionary(from: &self)
        var menus: [String: [TemplateContext.MenuLink]] = [:]
        for _ in 0..<(try count()) {
            let name = try string()
            menus[name] = try array { TemplateContext.MenuLink(name: try $0.string(), url: try $0.string()) }
        }
        var districts: [String: (String, String)] = [:]
        for _ in 0..<(try count()) {
            districts[try string()] = (try string(), try string())
        }
        let findings = try RecordedFindings(reading: &self)
        let runs = try array { reader -> Range<Int> in
            let lower = try reader.int(), upper = try reader.int()
            guard 0 <= lower, lower <= upper, upper <= findings.count else { throw Damaged() }
            return lower..<upper
        }
        let searchLines = try SearchLines(reading: &self)
        let searchIndexPath = try optionalString()
        return LastBuild(optionsKey: CacheKey(high: 0, low: 0), loadStarted: loadStarted, sources: sources, outputs: outputs,
                         outputFolders: outputFolders, outputFoldersRead: outputFoldersRead,
                         pageCount: pageCount, sectionCount: sectionCount, pageFileCount: pageFileCount, pageURLs: pageURLs,
                         assetPaths: assetPaths, linkTargets: linkTargets, feedPages: feedPages, siteValue: siteValue, menus: menus,
                         districts: districts, findings: .recorded(findings), runs: runs, searchLines: searchLines,
                         searchIndexPath: searchIndexPath)
    }

    mutating func pageRecord() throws -> PageRecord {
        let source = try string(), contentPath = try string(), url = try string(), outputPath = try string()
        guard let kind = Page.Kind(rawValue: try string()) else { throw Damaged() }
        let canRedoAlone = try bool()
        let frontMatterKey = try key()
        let bodyFirstLine = try int()
        let parseFindings = try array { try $0.diagnostic() }
        let fixedFindings = try array { try $0.diagnostic() }
        let headingIDs = try array { try $0.string() }
        let anchorsLinked = try array { try $0.string() }
        let silences = try array { reader -> (Silence, Bool) in
            guard let check = ContentCheck(rawValue: try reader.string()) else { throw Damaged() }
            return (Silence(check: check, page: source, reason: nil, location: try reader.location()), try reader.bool())
        }
        let summary = try TemplateValueCoding.readDictionary(from: &self)
        let crumb = try TemplateValueCoding.readDictionary(from: &self)
        let chain = try array { try $0.int() }
        let related = try array { try $0.int() }
        var neighbours: (previous: Int?, next: Int?)?
        if try bool() {
            let previous = try int(), next = try int()
            neighbours = (previous < 0 ? nil : previous, next < 0 ? nil : next)
        }
        return PageRecord(source: source, contentPath: contentPath, url: url, outputPath: outputPath, kind: kind,
                          canRedoAlone: canRedoAlone, frontMatterKey: frontMatterKey, bodyFirstLine: bodyFirstLine,
                          parseFindings: parseFindings, fixedFindings: fixedFindings, headingIDs: headingIDs,
                          anchorsLinked: anchorsLinked, silences: silences.map(\.0), silencesUsedByRules: silences.map(\.1),
                          summary: summary, crumb: crumb, chain: chain, related: related, neighbours: neighbours)
    }
}

/// Every page's search index line, as the last build's record keeps them: read from the file
/// only when the search index is written again, and then copied as bytes.
struct SearchLines {
    /// The lines given: those of a build being recorded, or those read and changed since.
    private var given: [Int: String?] = [:]
    /// Where each line is in the record's bytes (nil: not searched).
    private var ranges: [Range<Int>?] = []
    private var bytes: CacheReader.Bytes?

    /// A build's lines, to be written.
    init(_ lines: [String?]) {
        given = Dictionary(uniqueKeysWithValues: lines.enumerated().map { ($0.offset, $0.element) })
        ranges = Array(repeating: nil, count: lines.count)
    }

    /// The lines in a record, at the reader's position (written by `write(into:)`), which it
    /// passes over reading only the table of where each is.
    init(reading reader: inout CacheReader) throws {
        bytes = reader.mapped
        let count = try reader.count()
        guard count + 1 <= (reader.byteCount - reader.position) / 8 else { throw CacheReader.Damaged() }
        let table = reader.position, start = table + (count + 1) * 8
        ranges.reserveCapacity(count)
        var previous = try reader.int()
        guard previous == 0 else { throw CacheReader.Damaged() }
        for _ in 0..<count {
            // Twice the line's end, plus one when the page is searched (a page not searched has no line).
            let entry = try reader.int()
            let end = entry >> 1
            guard end >= previous, end <= reader.byteCount - start else { throw CacheReader.Damaged() }
            ranges.append(entry & 1 == 1 ? start + previous..<start + end : nil)
            previous = end
        }
        reader.position = start + previous
    }

    /// Writes the lines: the table of where each ends (and whether there is one), then the lines end to end.
    func write(into writer: inout CacheWriter) {
        let lines = self.lines
        writer.write(lines.count)
        writer.write(0)
        var end = 0
        for line in lines {
            end += line?.utf8.count ?? 0
            writer.write(end << 1 | (line == nil ? 0 : 1))
        }
        for case var line? in lines { line.withUTF8 { writer.write(bytes: UnsafeRawBufferPointer($0)) } }
    }

    var count: Int { ranges.count }

    /// Every line, for writing the record.
    var lines: [String?] { (0..<count).map { self[$0] } }

    subscript(index: Int) -> String? {
        get {
            if let line = given[index] { return line }
            guard let range = ranges[index], let bytes else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: bytes.base + range.lowerBound, count: range.count), as: UTF8.self)
        }
        set { given[index] = .some(newValue) }
    }

    /// Writes the search index file (`SearchIndexGenerator.json(forLines:)`) of these lines to
    /// an open file: the recorded lines straight from the record's bytes, never copied together
    /// (the index is 16 MB at 10,000 pages).
    func write(to descriptor: Int32) -> Bool {
        let fixed = Array((SearchIndexGenerator.jsonHead + SearchIndexGenerator.jsonSeparator + SearchIndexGenerator.jsonTail).utf8)
        let headCount = SearchIndexGenerator.jsonHead.utf8.count, separatorCount = SearchIndexGenerator.jsonSeparator.utf8.count
        // The lines given, end to end, each as a range of `added`.
        var added: [UInt8] = []
        var addedRanges: [Int: Range<Int>] = [:]
        for (index, line) in given {
            guard let line else { continue }
            addedRanges[index] = added.count..<added.count + line.utf8.count
            added += line.utf8
        }
        return fixed.withUnsafeBytes { fixed in
            added.withUnsafeBytes { added in
                let separator = UnsafeRawBufferPointer(rebasing: fixed[headCount..<headCount + separatorCount])
                var pieces = [UnsafeRawBufferPointer(rebasing: fixed[..<headCount])]
                pieces.reserveCapacity(count * 2 + 1)
                for index in 0..<count {
                    let piece: UnsafeRawBufferPointer
                    if let line = given[index] {
                        guard line != nil, let range = addedRanges[index] else { continue }
                        piece = UnsafeRawBufferPointer(rebasing: added[range])
                    } else if let range = ranges[index], let bytes {
                        piece = UnsafeRawBufferPointer(start: bytes.base + range.lowerBound, count: range.count)
                    } else {
                        continue
                    }
                    if pieces.count > 1 { pieces.append(separator) }
                    pieces.append(piece)
                }
                pieces.append(UnsafeRawBufferPointer(rebasing: fixed[(headCount + separatorCount)...]))
                return OutputWriter.writeAll(pieces, to: descriptor)
            }
        }
    }
}
