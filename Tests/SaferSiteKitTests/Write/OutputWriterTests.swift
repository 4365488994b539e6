import Foundation
@testable import SaferSiteKit
import Testing

@Suite("Writing the output", .serialized)
struct OutputWriterTests {
    func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("writes new output, then swaps a second build in whole")
    func swaps() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let writer = OutputWriter(output: output)
        try writer.write([OutputFile(path: "index.html", contents: .text("one")), OutputFile(path: "a/b/index.html", contents: .text("ab"))])
        try writer.write([OutputFile(path: "index.html", contents: .text("two"))])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("a").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".public.lock", "public"])
    }

    @Test("the old site is removed whole once the new one is in place, and a link in it is removed without following it")
    func oldSiteRemoval() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public"), kept = root.appendingPathComponent("kept")
        try OutputWriter(output: output).write((0..<300).map { OutputFile(path: "section\($0 % 7)/page\($0)/index.html", contents: .text("old")) })
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: kept.appendingPathComponent("file.txt"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("section1/link"), withDestinationURL: kept)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("file-link"), withDestinationURL: kept.appendingPathComponent("file.txt"))
        try OutputWriter(output: output).write([OutputFile(path: "index.html", contents: .text("new"))])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [".safersite-output", "index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".public.lock", "kept", "public"])
        #expect(try String(contentsOf: kept.appendingPathComponent("file.txt"), encoding: .utf8) == "keep me")
    }

    @Test("which paths are safe to write inside the output folder")
    func safePaths() {
        for path in ["index.html", "a/b/index.html", ".well-known/security.txt", "a/.../b", "a/..b/c.", "café/naïve.html", "a/b.html", "a/\u{301}b"] {
            #expect(OutputWriter.isSafe(path), "\(path)")
        }
        for path in ["", "/", "/etc/x", "..", ".", "../x", "a/../b", "a/./b", "a/..", "a/.", "a//b", "a/", "a\\b", "a\0b", "./a", "../\u{301}x", "a/\u{301}/../../x"] {
            #expect(!OutputWriter.isSafe(path), "\(path)")
        }
    }

    @Test("refuses paths that would leave the output folder, leaving the old output alone", arguments: ["../escape.html", "/etc/x", "a/../../b", "a//b"])
    func unsafePaths(path: String) throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try OutputWriter(output: output).write([OutputFile(path: "index.html", contents: .text("old"))])
        #expect(throws: OutputError.self) { try OutputWriter(output: output).write([OutputFile(path: path, contents: .text("x"))]) }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.html").path))
    }

    @Test("a second writer is turned away while the lock is held")
    func lock() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let held = try BuildLock(path: root.appendingPathComponent(".public.lock").path)
        defer { held.release() }
        #expect(throws: OutputError.self) { try OutputWriter(output: root.appendingPathComponent("public")).write([]) }
    }

    @Test("files written one by one from every core make their own folders, however deep and however shared")
    func writtenOneByOne() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try OutputWriter(output: output).write([OutputFile(path: "index.html", contents: .text("old"))])
        // Many files share folders at every depth, so cores race to make the same ones.
        let paths = (0..<600).map { "s\($0 % 3)/t\($0 % 5)/u\($0 % 7)/page\($0)/index.html" } + ["css/a.css", "css/b.css", "top.html"]
        let staged = try OutputWriter(output: output).begin()
        let written = ParallelMap.map(paths.count, chunkSize: 1) { staged.write(OutputFile(path: paths[$0], contents: .text(paths[$0]))) }
        try staged.record(written)
        try staged.commit()
        for path in paths {
            #expect(try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) == path)
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test("a file written one by one with an unsafe path fails the whole output, leaving the old one alone", arguments: ["../escape.html", "a//b"])
    func unsafePathOneByOne(path: String) throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try OutputWriter(output: output).write([OutputFile(path: "index.html", contents: .text("old"))])
        let staged = try OutputWriter(output: output).begin()
        let written = [staged.write(OutputFile(path: "fine/index.html", contents: .text("x"))), staged.write(OutputFile(path: path, contents: .text("x")))]
        #expect(throws: OutputError.self) { try staged.record(written) }
        staged.discard()
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".public.lock", "public"])
    }
}
