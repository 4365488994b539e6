import CSystemShims
import Foundation

/// What one build worked out, kept in `.safersite-cache/` in the source folder so the next build
/// redoes only what changed: each page's rendered Markdown, the key of every page file it wrote,
/// and each page's content-check findings and search entry.
///
/// Every entry is found by a `CacheKey` made from the content of everything it was made from,
/// never from file times. The file starts with a format version and the identity of the
/// safersite executable that wrote it: a cache from another version is ignored, since a changed
/// renderer could make different output from the same input.
struct BuildCache: Sendable {
    /// Bumped whenever what is stored, or how a key is made, changes.
    static let formatVersion = 3
    /// The cache's file name inside the cache folder.
    static let fileName = "build-cache.bin"
    static let magic = "safersite build cache\n"

    /// Rendered page bodies without their text (`RenderedMarkdown.withoutText`), by
    /// `MarkdownCache.localKey`.
    var markdown: [CacheKey: MarkdownCacheEntry] = [:]
    /// The output folder the page files below were written to.
    var outputFolder = ""
    /// Page files written, by path inside the output folder.
    var outputs: [String: OutputCacheEntry] = [:]
    /// Each page's own content-check findings (before silences are applied), by `CacheSession.checksKey`.
    var checks: [CacheKey: [Diagnostic]] = [:]
    /// Each page's search index entry as JSON (nil: not in the index), by `CacheSession.searchKey`.
    var searchEntries: [CacheKey: String?] = [:]
    /// The hash of every page's address and every content file's path, when the bodies above
    /// were rendered: while it is unchanged, no link in any body can lead somewhere new.
    var linkWorld = CacheKey(high: 0, low: 0)

    /// Reads the cache in a folder; nil when there is none, or it is damaged, or it was written
    /// by another version of safersite.
    static func load(from folder: URL) -> BuildCache? {
        guard let bytes = CacheReader.bytes(ofFile: folder.appendingPathComponent(fileName).path) else { return nil }
        var reader = CacheReader(bytes)
        return try? reader.buildCache()
    }

    /// Writes the cache into a folder, atomically: a temporary file renamed over the old one, so
    /// a build killed half way leaves the old cache or the new one, never a mixture.
    func save(to folder: URL) throws {
        try CacheWriter.writeFile(named: Self.fileName, in: folder) { $0.write(self) }
    }

    /// The running executable's GNU build ID, when it has one.
    static var executableBuildID: [UInt8]? {
        var buildID = [UInt8](repeating: 0, count: 64)
        let length = Int(safersite_executable_build_id(&buildID, Int32(buildID.count)))
        return length > 0 ? Array(buildID[..<length]) : nil
    }

    /// The identity of the running safersite, so a rebuilt safersite never trusts a cache written
    /// by the old one: its executable's build ID, which the linker makes by hashing what it linked,
    /// or (with none) a hash of the executable's bytes, which takes a few milliseconds a build.
    static let buildIdentity: CacheKey = {
        var hash = StableHash()
        hash.feed(formatVersion)
        if let buildID = executableBuildID {
            hash.feed("build id")
            hash.feed(Data(buildID))
        } else if let executable = try? Data(contentsOf: URL(fileURLWithPath: "/proc/self/exe"), options: .alwaysMapped) {
            hash.feed(executable)
        } else {
            hash.feed(UUID().uuidString)  // unknown: never match any earlier cache
        }
        return hash.finish()
    }()
}

/// One page body as rendered, and what it depended on besides its own file.
struct MarkdownCacheEntry: Sendable {
    /// The links of the body and where they went.
    var links: [LinkDependency]
    /// The data tables the body showed, each with `MarkdownCache.dataFingerprint` of the table then.
    var data: [DataDependency]
    /// The rendered body, without its text (`RenderedMarkdown.withoutText`).
    var rendered: RenderedMarkdown
}

/// A data table a page body used, and the table's fingerprint when it did.
struct DataDependency: Sendable, Hashable {
    var name: String
    var fingerprint: String
}

/// A page file written by a build: the key of everything it was made from, and its stamp.
struct OutputCacheEntry: Sendable {
    /// `ContextHash.key` of its context.
    var key: CacheKey
    /// Its key as made from the site model's key (`OutputCache`); nil when the build had none.
    var quickKey: CacheKey?
    var stamp: FileStamp
}

// MARK: - Serialisation

extension CacheWriter {
    mutating func write(_ cache: BuildCache) {
        write(BuildCache.magic)
        write(BuildCache.formatVersion)
        write(BuildCache.buildIdentity)
        write(cache.linkWorld)
        write(cache.markdown.sorted { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }) { writer, item in
            writer.write(item.key)
            writer.write(item.value.links) { writer, link in
                writer.write(link.destination)
                writer.write(link.answer)
            }
            writer.write(item.value.data) { writer, data in
                writer.write(data.name)
                writer.write(data.fingerprint)
            }
            writer.write(item.value.rendered)
        }
        write(cache.outputFolder)
        write(cache.outputs.sorted { $0.key < $1.key }) { writer, item in
            writer.write(item.key)
            writer.write(item.value.key)
            writer.write(item.value.quickKey != nil)
            if let quick = item.value.quickKey { writer.write(quick) }
            writer.write(item.value.stamp.inode)
            writer.write(item.value.stamp.size)
            writer.write(item.value.stamp.modified)
        }
        write(Array(cache.checks)) { writer, item in
            writer.write(item.key)
            writer.write(item.value) { $0.write($1) }
        }
        write(Array(cache.searchEntries)) { writer, item in
            writer.write(item.key)
            writer.write(item.value)
        }
    }
}

extension CacheReader {
    mutating func buildCache() throws -> BuildCache {
        guard try string() == BuildCache.magic, try int() == BuildCache.formatVersion,
              try key() == BuildCache.buildIdentity else { throw Damaged() }
        var cache = BuildCache()
        cache.linkWorld = try key()
        for _ in 0..<(try count()) {
            let key = try key()
            let links = try array { LinkDependency(destination: try $0.string(), answer: try $0.string()) }
            let data = try array { DataDependency(name: try $0.string(), fingerprint: try $0.string()) }
            cache.markdown[key] = MarkdownCacheEntry(links: links, data: data, rendered: try renderedMarkdown())
        }
        cache.outputFolder = try string()
        for _ in 0..<(try count()) {
            let path = try string()
            let key = try key()
            let quickKey = try bool() ? try self.key() : nil
            cache.outputs[path] = OutputCacheEntry(key: key, quickKey: quickKey,
                                                   stamp: FileStamp(inode: try word(), size: try int(), modified: try int()))
        }
        for _ in 0..<(try count()) {
            cache.checks[try key()] = try array { try $0.diagnostic() }
        }
        for _ in 0..<(try count()) {
            let key = try key()
            cache.searchEntries[key] = .some(try optionalString())
        }
        guard isAtEnd else { throw Damaged() }
        return cache
    }
}
