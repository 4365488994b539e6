import Foundation
import Testing

/// The output folder belongs to SaferSite: a build refuses, touching nothing, a folder that would
/// take the user's own files with it, and keeps the paths `keep_in_output` lists.
@Suite("Output folder ownership", .serialized)
struct OutputFolderTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path
    let home = ["index.md": "---\ntitle: Home\nsummary: S.\nreview_by: 2030-01-01\n---\nHi.\n"]

    /// Runs `safersite build` in the site's folder with `--output output`.
    func build(_ root: URL, output: String) throws -> CLI.Result {
        try CLI.run(["build", "--source", ".", "--output", output, "--theme", theme], in: root)
    }

    /// Every path under a folder, hidden ones and folders included, with each file's bytes.
    func snapshot(_ folder: URL) -> [String: Data] {
        var found: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
            found[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = (try? Data(contentsOf: url)) ?? Data()
        }
        return found
    }

    @Test("--output naming the source folder, its parent, content/ or a folder in it is refused and nothing is touched",
          arguments: [".", "..", "content", "content/out"])
    func refusesTheProject(output: String) throws {
        // The site in a folder of its own, with a neighbour, so `..` holds only what the test made.
        let outer = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outer) }
        let root = outer.appendingPathComponent("site")
        try FileManager.default.moveItem(at: try CLI.site(home), to: root)
        try "keep me\n".write(to: root.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "neighbour\n".write(to: outer.appendingPathComponent("neighbour.txt"), atomically: true, encoding: .utf8)
        let before = snapshot(outer)
        let result = try build(root, output: output)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\(output): error: the output folder"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: build into a folder of its own, e.g. '--output public'"), "\(result.stderr)")
        #expect(snapshot(outer) == before)
    }

    @Test("--output naming the theme or a folder holding the theme is refused")
    func refusesTheTheme() throws {
        let root = try CLI.site(home)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(atPath: theme, toPath: root.appendingPathComponent("site/theme").path)
        try FileManager.default.moveItem(at: root.appendingPathComponent("content"), to: root.appendingPathComponent("site/content"))
        let before = snapshot(root)
        for output in ["site/theme", "site/theme/static/out", "../\(root.lastPathComponent)"] {
            let result = try CLI.run(["build", "--source", "site", "--output", output], in: root)
            #expect(result.status == 1, "\(output): \(result.stderr)")
            #expect(result.stderr.contains("\(output): error: the output folder"), "\(result.stderr)")
        }
        #expect(snapshot(root) == before)
    }

    @Test("a file named as the output folder is refused, and stays a file")
    func refusesAFile() throws {
        let root = try CLI.site(home)
        defer { try? FileManager.default.removeItem(at: root) }
        try "my notes\n".write(to: root.appendingPathComponent("notes"), atomically: true, encoding: .utf8)
        let result = try build(root, output: "notes")
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes: error: the output folder is a file, not a folder"), "\(result.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("notes"), encoding: .utf8) == "my notes\n")
    }

    @Test("an output folder that is a symbolic link is refused, and the folder it leads to is left alone")
    func refusesALink() throws {
        let root = try CLI.site(home)
        defer { try? FileManager.default.removeItem(at: root) }
        let real = root.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("public").path, withDestinationPath: "real")
        let result = try build(root, output: "public")
        #expect(result.status == 1)
        #expect(result.stderr.contains("public: error: the output folder is a symbolic link"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: give the real folder's path: --output '\(real.resolvingSymlinksInPath().path)'"), "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("public").path) == "real")
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path).isEmpty)
    }

    @Test("a folder of the user's own files is refused with a fix; an empty one is used and marked")
    func refusesUnmarkedFolder() throws {
        let root = try CLI.site(home)
        defer { try? FileManager.default.removeItem(at: root) }
        let mine = root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "ref\n".write(to: mine.appendingPathComponent(".git/HEAD"), atomically: true, encoding: .utf8)
        let result = try build(root, output: "mine")
        #expect(result.status == 1)
        #expect(result.stderr.contains("mine: error: the output folder holds files SaferSite did not write (it has no .safersite-output file)"), "\(result.stderr)")
        #expect(result.stderr.contains("delete it once: rm -r -- 'mine'"), "\(result.stderr)")
        #expect(snapshot(mine).keys.sorted() == [".git", ".git/HEAD"])

        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let fresh = try build(root, output: "empty")
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("empty/.safersite-output").path))
        #expect(try build(root, output: "empty").status == 0)
    }

    @Test("an output folder an older SaferSite built (its lock file beside it, its robots.txt and search index) is taken over once")
    func acceptsOlderBuild() throws {
        let root = try CLI.site(home)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try build(root, output: "public").status == 0)
        // As an older version left it: no marker.
        try FileManager.default.removeItem(at: root.appendingPathComponent("public/.safersite-output"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".public.lock").path))
        let result = try build(root, output: "public")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/.safersite-output").path))
        // Without the lock file beside it, the same folder is not taken for one.
        try FileManager.default.removeItem(at: root.appendingPathComponent("public/.safersite-output"))
        try FileManager.default.removeItem(at: root.appendingPathComponent(".public.lock"))
        #expect(try build(root, output: "public").status == 1)
    }

    @Test("paths listed under keep_in_output survive a build; everything else is replaced")
    func keepsListedPaths() throws {
        var files = home
        files["_site.yaml"] = "title: T\nkeep_in_output: [CNAME, .well-known/]\n"
        let root = try CLI.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try build(root, output: "public").status == 0)
        let public_ = root.appendingPathComponent("public")
        try "www.example.org\n".write(to: public_.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: public_.appendingPathComponent(".well-known"), withIntermediateDirectories: true)
        try "Contact: x\n".write(to: public_.appendingPathComponent(".well-known/security.txt"), atomically: true, encoding: .utf8)
        try "stale\n".write(to: public_.appendingPathComponent("stale.txt"), atomically: true, encoding: .utf8)
        let result = try build(root, output: "public")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: public_.appendingPathComponent("CNAME"), encoding: .utf8) == "www.example.org\n")
        #expect(try String(contentsOf: public_.appendingPathComponent(".well-known/security.txt"), encoding: .utf8) == "Contact: x\n")
        #expect(!FileManager.default.fileExists(atPath: public_.appendingPathComponent("stale.txt").path))
    }

    @Test("a kept path the site also makes, or one that leaves the output folder, is an error in _site.yaml, in check and build alike")
    func keptPathProblems() throws {
        var files = home
        files["_site.yaml"] = "title: T\n"
        let root = try CLI.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try build(root, output: "public").status == 0)
        try "mine\n".write(to: root.appendingPathComponent("public/robots.txt"), atomically: true, encoding: .utf8)
        try "title: T\nkeep_in_output:\n  - robots.txt\n".write(to: root.appendingPathComponent("content/_site.yaml"), atomically: true, encoding: .utf8)
        let before = snapshot(root.appendingPathComponent("public"))
        let expected = "content/_site.yaml:3:5: error: 'robots.txt' is listed under 'keep_in_output', but the site also makes robots.txt"
        let clash = try build(root, output: "public")
        #expect(clash.status == 1)
        #expect(clash.stderr.contains(expected), "\(clash.stderr)")
        #expect(snapshot(root.appendingPathComponent("public")) == before)
        let checked = try CLI.run(["check", "--source", root.path, "--theme", CLI.packageRoot.appendingPathComponent("theme").path])
        #expect(checked.status == 1 && checked.stderr.contains(expected), "\(checked.stderr)")

        try "title: T\nkeep_in_output: [../secret]\n".write(to: root.appendingPathComponent("content/_site.yaml"), atomically: true, encoding: .utf8)
        let unsafe = try build(root, output: "public")
        #expect(unsafe.status == 1)
        #expect(unsafe.stderr.contains("content/_site.yaml:2:18: error: '../secret' cannot be kept in the output folder"), "\(unsafe.stderr)")
    }
}
