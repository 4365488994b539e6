import Foundation

/// What quick rebuilds (`QuickRebuild`) have changed since the last whole build's record
/// (`LastBuild`) was written: new stamps for the files they read and wrote, and each redone
/// page's new findings, heading ids and search line. Kept in a small file of its own beside the
/// record, so a quick rebuild writes a few kilobytes rather than the whole record again.
struct LastBuildChanges {
    static let fileName = "last-build-changes.bin"
    static let magic = "safersite last build changes\n"
    /// A whole build starts afresh once this many pages have been redone alone.
    static let pageLimit = 256

    /// The record these changes apply to: its options key and load time.
    var base: (key: CacheKey, loadStarted: Int)
    /// New source stamps, by index of `LastBuild.sources`, each with when the file was read
    /// (`LastBuild.trusts`).
    /// and the hash of what was read (`StableHash.of`), which settles whether a file changed when
    /// its stamp cannot.
    var sources: [Int: (stamp: SourceStamp, readStarted: Int, hash: CacheKey)] = [:]
    /// New output stamps, by path, each with when it was read (`FileStamp.trusted(readAt:)`):
    /// files and folders ("" for the output folder itself).
    var outputs: [String: (stamp: FileStamp, read: Int)] = [:]
    /// Redone pages, by page index.
    var pages: [Int: Redone] = [:]

    /// What a quick rebuild made anew for a page.
    struct Redone {
        var headingIDs: [String]
        /// The headings its body's links name on other pages: content path, then anchor. A page's
        /// record lists the anchors other pages named when it was written (`PageRecord.anchorsLinked`);
        /// these are the ones named since.
        var anchorsNamed: [(page: String, anchor: String)]
        var searchLine: String?
        /// Its file's findings, in display order.
        var findings: [Diagnostic]
    }

    init(base last: LastBuild) {
        base = (last.optionsKey, last.loadStarted)
    }

    /// The changes kept beside `last`, or none: none are kept, or they belong to another record.
    static func load(from folder: URL, for last: LastBuild) -> LastBuildChanges? {
        guard let bytes = CacheReader.bytes(ofFile: folder.appendingPathComponent(fileName).path) else { return LastBuildChanges(base: last) }
        var reader = CacheReader(bytes)
        var changes = LastBuildChanges(base: last)
        do {
            guard try reader.string() == magic, try reader.key() == BuildCache.buildIdentity, try reader.key() == last.optionsKey,
                  try reader.int() == last.loadStarted else { return nil }
            for _ in 0..<(try reader.count()) {
                let index = try reader.int()
                guard last.sources.indices.contains(index) else { return nil }
                changes.sources[index] = (try reader.sourceStamp(), try reader.int(), try reader.key())
            }
            for _ in 0..<(try reader.count()) {
                changes.outputs[try reader.string()] = (try reader.fileStamp(), try reader.int())
            }
            for _ in 0..<(try reader.count()) {
                let index = try reader.int()
                guard last.pageURLs.indices.contains(index) else { return nil }
                changes.pages[index] = Redone(headingIDs: try reader.array { try $0.string() },
                                              anchorsNamed: try reader.array { (try $0.string(), try $0.string()) },
                                              searchLine: try reader.optionalString(), findings: try reader.array { try $0.diagnostic() })
            }
            guard reader.isAtEnd else { return nil }
            return changes
        } catch {
            return nil
        }
    }

    /// Writes the changes beside the record, atomically.
    func save(in folder: URL) throws {
        try CacheWriter.writeFile(named: Self.fileName, in: folder) { writer in
            writer.write(Self.magic)
            writer.write(BuildCache.buildIdentity)
            writer.write(base.key)
            writer.write(base.loadStarted)
            writer.write(sources.sorted { $0.key < $1.key }) { writer, item in
                writer.write(item.key)
                writer.write(item.value.stamp)
                writer.write(item.value.readStarted)
                writer.write(item.value.hash)
            }
            writer.write(outputs.sorted { $0.key < $1.key }) { writer, item in
                writer.write(item.key)
                writer.write(item.value.stamp)
                writer.write(item.value.read)
            }
            writer.write(pages.sorted { $0.key < $1.key }) { writer, item in
                writer.write(item.key)
                writer.write(item.value.headingIDs) { $0.write($1) }
                writer.write(item.value.anchorsNamed) { writer, named in
                    writer.write(named.page)
                    writer.write(named.anchor)
                }
                writer.write(item.value.searchLine)
                writer.write(item.value.findings) { $0.write($1) }
            }
        }
    }

    /// The anchors on the page at `contentPath` that links of pages redone since name, besides
    /// those of the page at `index` itself (whose links are checked with its new body).
    func anchorsNamed(onPage contentPath: String, besides index: Int) -> [String] {
        pages.filter { $0.key != index }.flatMap { $0.value.anchorsNamed.filter { $0.page == contentPath }.map(\.anchor) }
    }

    /// Removes the changes file, when a whole build writes a new record.
    static func remove(in folder: URL) {
        unlink(folder.appendingPathComponent(fileName).path)
    }
}
