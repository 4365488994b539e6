import Foundation
import Testing

/// Control characters never reach a page, a feed or the terminal as they are: not from a YAML
/// escape, not from a file's name, not from `safersite new`.
@Suite("Control characters", .serialized)
struct ControlCharacterTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    @Test("a YAML escape that makes a control character is an error at the backslash", arguments: ["\\0", "\\x01", "\\e", "\\u0085", "\\a"])
    func controlEscapes(escape: String) throws {
        let root = try CLI.site(["index.md": "---\ntitle: \"Before\(escape)After\"\nsummary: S.\nreview_by: 2030-01-01\n---\nHi.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/index.md:2:15: error: this escape makes an invisible control character"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: remove the escape; in double quotes write \\n for a line break and \\t for a tab"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test("tab, line break and other escapes still work")
    func ordinaryEscapes() throws {
        let root = try CLI.site(["index.md": "---\ntitle: \"Caf\\u00e9\\tand\\nmore\"\nsummary: S.\nreview_by: 2030-01-01\n---\nHi.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: root.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(html.contains("Café\tand\nmore"))
    }

    @Test("a file name with a line break or escape sequence is shown on one line, the characters replaced")
    func fileNames() throws {
        let root = try CLI.site(["bad\nname\u{1B}[2J.md": "---\ntitle: B\nsummary: S.\nreview_by: 2030-01-01\n---\n[x](nowhere.md)\n",
                                 "index.md": "---\ntitle: Home\nsummary: S.\nreview_by: 2030-01-01\n---\nHi.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/bad\u{FFFD}name\u{FFFD}[2J.md:6:1: error: this links to content/nowhere.md, but there is no such page"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test("safersite new refuses a name or district with a control character, and writes nothing",
          arguments: [["Youth\u{1}Hub"], ["Youth Hub", "--district", "Ox\u{1B}[31mford"], ["Youth\nHub"]])
    func newPage(arguments: [String]) throws {
        let root = try CLI.site(["index.md": "---\ntitle: Home\n---\nHi.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["new", "page"] + arguments + ["--source", root.path, "--theme", theme])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the name or --district holds an invisible control character (U+"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content").path) == ["index.md"])
    }

    @Test("a wrong argument quoted back by the argument parser is shown safely")
    func argumentErrors() throws {
        let result = try CLI.run(["new", "Youth\u{1B}[2JHub"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("The value 'Youth\u{FFFD}[2JHub' is invalid for '<kind>'"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
    }
}
