import Foundation
import Testing
@testable import SaferSiteKit

/// How the quick rebuild tells the output folder holds just what the last build left: one stamp
/// per file and folder, and a listing of any folder whose stamp is too new to trust.
@Suite("output folder stamps")
struct OutputScanTests {
    static func files(in root: URL, _ paths: [String]) throws -> [(path: String, stamp: FileStamp)] {
        try paths.sorted().map { ($0, try #require(FileStamp(path: root.appendingPathComponent($0).path))) }
    }

    @Test("a file edited, removed or added anywhere fails the check; the folders' stamps show additions")
    func changesAreNoticed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["index.html", "news/index.html", "news/a/index.html", "about/index.html"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: root.appendingPathComponent(path))
        }
        let files = try Self.files(in: root, ["index.html", "news/index.html", "news/a/index.html", "about/index.html"])
        let folders = try #require(OutputScan.folders(holding: files.map(\.path), in: root.path))
        #expect(folders.map(\.path) == ["", "about", "news", "news/a"])
        // Read long after anything changed: every stamp is trusted.
        let later = SourceStamp.now() + 10 * FileStamp.clockMargin
        #expect(nil != OutputScan.matches(folders: folders, files: files, foldersRead: later, replaced: [:], in: root.path))

        // Past the clock tick the files were written in, so each change moves a time.
        usleep(20_000)
        try Data("extra".utf8).write(to: root.appendingPathComponent("news/a/extra.txt"))
        #expect(nil == OutputScan.matches(folders: folders, files: files, foldersRead: later, replaced: [:], in: root.path))
        usleep(20_000)
        try FileManager.default.removeItem(at: root.appendingPathComponent("news/a/extra.txt"))
        // A name added and taken away again still moved the folder's time.
        #expect(nil == OutputScan.matches(folders: folders, files: files, foldersRead: later, replaced: [:], in: root.path))
        let now = try #require(OutputScan.folders(holding: files.map(\.path), in: root.path))
        #expect(nil != OutputScan.matches(folders: now, files: files, foldersRead: SourceStamp.now() + 10 * FileStamp.clockMargin,
                                   replaced: [:], in: root.path))
        usleep(20_000)
        try Data("edited!".utf8).write(to: root.appendingPathComponent("about/index.html"))
        #expect(nil == OutputScan.matches(folders: now, files: files, foldersRead: later, replaced: [:], in: root.path))
    }

    @Test("a folder whose stamp is too new to trust is listed: a name added in the same clock tick as the reading is noticed")
    func untrustedFolderIsListed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        for path in ["a/index.html", "b.txt"] { try Data(path.utf8).write(to: root.appendingPathComponent(path)) }
        let files = try Self.files(in: root, ["a/index.html", "b.txt"])
        let read = SourceStamp.now()
        let folders = try #require(OutputScan.folders(holding: files.map(\.path), in: root.path))
        // Just read, the stamps are too new to trust: each folder is listed, and holds what it should;
        // the check hands back the stamps it listed, for a later check to trust once they are old enough.
        let listed = try #require(OutputScan.matches(folders: folders, files: files, foldersRead: read, replaced: [:], in: root.path))
        #expect(Set(listed.keys) == ["", "a"])
        #expect(listed["a"]?.stamp == folders.first { $0.path == "a" }?.stamp && listed["a"]!.read >= read)
        // As if a name were added in the tick the stamps were read in, leaving them as read.
        try Data("extra".utf8).write(to: root.appendingPathComponent("a/extra.txt"))
        let sameTick = try #require(OutputScan.folders(holding: files.map(\.path), in: root.path))
        #expect(nil == OutputScan.matches(folders: sameTick, files: files, foldersRead: read, replaced: [:], in: root.path))
        // The new stamp given as replaced, with its time of reading, is listed the same way.
        let replaced = Dictionary(uniqueKeysWithValues: sameTick.map { ($0.path, ($0.stamp, read)) })
        #expect(nil == OutputScan.matches(folders: folders, files: files, foldersRead: read, replaced: replaced, in: root.path))
        // Trusted, a stamp is taken as it is: the listing is what catches the addition.
        #expect(nil != OutputScan.matches(folders: sameTick, files: files, foldersRead: read + 10 * FileStamp.clockMargin, replaced: [:], in: root.path))
    }
}
