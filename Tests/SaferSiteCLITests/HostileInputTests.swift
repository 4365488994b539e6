import Foundation
import FrontMatter
import SaferSiteKit
import Testing

/// Whatever ends up in content/ — a pasted Word document, a half-saved file, a file saved in
/// another encoding, a loop of links — the build ends with a clear diagnostic or a correct page,
/// in bounded time and memory, and never crashes or hangs.
@Suite("hostile input", .serialized)
struct HostileInputTests {
    /// A file the build must refuse, and the diagnostic it must give.
    struct BadFile: Sendable, CustomTestStringConvertible {
        var what: String
        var path: String
        var bytes: [UInt8]
        /// The start of the diagnostic: `file:line:column: error: message`.
        var diagnostic: String
        var testDescription: String { what }

        init(_ what: String, _ path: String, _ bytes: [UInt8], _ location: String, _ message: String) {
            self.what = what
            self.path = path
            self.bytes = bytes
            self.diagnostic = "content/\(path):\(location): error: \(message)"
        }

        init(_ what: String, _ path: String, text: String, _ location: String, _ message: String) {
            self.init(what, path, Array(text.utf8), location, message)
        }
    }

    static let page = HostileSite.page(title: "Café", body: "Words.")

    static let badFiles: [BadFile] = [
        BadFile("invalid UTF-8 (Latin-1 é)", "latin1.md", Array(page.utf8).map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 },
                "2:11", ParseMessages.notUTF8),
        BadFile("a PNG image named .md", "picture.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
                "1:1", ParseMessages.notUTF8),
        BadFile("a Word document (.docx, a zip) named .md", "report.md", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
                "1:6", ParseMessages.notText),
        BadFile("UTF-16 without a byte order mark", "utf16.md", Array(page.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                "1:2", ParseMessages.notText),
        BadFile("UTF-16 with a byte order mark", "utf16bom.md", [0xFF, 0xFE] + Array(page.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                "1:1", ParseMessages.notUTF8),
        BadFile("an empty file", "empty.md", [], "1:1", ContentMessages.noFrontMatter),
        BadFile("front matter never closed (a half-saved file)", "half.md", text: "---\ntitle: Half\nsummary: saved hal",
                "4:1", FrontMatterError.unclosedFrontMatter.message),
        BadFile("a right-to-left override in the title", "bidi.md", text: HostileSite.page(title: "Safe \u{202E}txt.exe"),
                "2:13", ParseMessages.bidiControl("\u{202E}")),
        BadFile("a right-to-left isolate in the body", "isolate.md", text: HostileSite.page(title: "Isolate", body: "Call \u{2067}999\u{2069} now."),
                "6:6", ParseMessages.bidiControl("\u{2067}")),
        BadFile("a data table in Latin-1", "_data/crime.csv", Array("measure,area,better,2014\nBurglary,Oxford,lower,10\u{E9}\n".unicodeScalars.map { UInt8($0.value) }),
                "2:25", ParseMessages.notUTF8),
        BadFile("site settings saved as UTF-16", "_site.yaml", Array("title: Site\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                "1:2", ParseMessages.notText),
    ]

    @Test("a file that is not UTF-8 text, or is half-saved, gives one clear error and leaves public/ alone", arguments: badFiles)
    func badFileGivesDiagnostic(_ file: BadFile) throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write(file.path, Data(file.bytes))
        let run = try site.build()
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains(file.diagnostic), "\(run.stderr)")
        #expect(run.stderr.contains("was left as it was"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        run.expectPeakMemory(below: 100)
    }

    @Test("a byte order mark and CRLF, lone-CR or LF line endings all give the same page", arguments: [
        ("LF", "\n", false), ("CRLF", "\r\n", false), ("lone CR", "\r", false), ("BOM and CRLF", "\r\n", true),
    ])
    func lineEndingsAndByteOrderMark(_ name: String, _ newline: String, _ byteOrderMark: Bool) throws {
        let site = try HostileSite()
        defer { site.remove() }
        let lines = ["---", "title: Line endings", "summary: A page.", "review_by: 2030-01-01", "---", "First paragraph.", "", "Second paragraph."]
        try site.write("endings.md", (byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: newline) + newline)
        let run = try site.build()
        #expect(run.status == 0, "\(name): \(run.stderr)")
        let html = site.published("endings/index.html")
        #expect(html.contains("<title>Line endings"), "\(name)")
        #expect(html.contains("<p>First paragraph.</p>") && html.contains("<p>Second paragraph.</p>"), "\(name)")
        #expect(!html.contains("\u{FEFF}") && !html.contains("\r"), "\(name)")

        // Lines are counted the same way for every ending: the broken link is on line 9.
        try site.write("endings.md", (byteOrderMark ? "\u{FEFF}" : "") + (lines + ["[Broken](missing.md)"]).joined(separator: newline))
        let broken = try site.build()
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("content/endings.md:9:1: error: this links to content/missing.md"), "\(name): \(broken.stderr)")
    }

    @Test("a 20 MB page is refused unread, in seconds and little memory")
    func hugeFileIsRefused() throws {
        let site = try HostileSite()
        defer { site.remove() }
        let paragraph = String(repeating: "The partnership works with the police to reduce crime. ", count: 20) + "\n\n"
        let body = String(repeating: paragraph, count: 20 * 1024 * 1024 / paragraph.utf8.count + 1)
        try site.write("huge.md", HostileSite.page(title: "Huge", body: body))
        let run = try site.build()
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/huge.md: error: " + LoadMessages.tooBig(limit: SourceLoader.maximumTextFileSize)), "\(run.stderr)")
        run.expectPeakMemory(below: 200)
        #expect(run.seconds < 20)
    }

    @Test("a 20 MB PDF beside the pages is published as it is, in bounded memory")
    func hugeAssetIsCopied() throws {
        let site = try HostileSite()
        defer { site.remove() }
        var bytes = [UInt8](repeating: 0x25, count: 20 * 1024 * 1024)
        bytes[0...4] = [0x25, 0x50, 0x44, 0x46, 0x2D]
        try site.write("files/annual-report.pdf", Data(bytes))
        let run = try site.build()
        #expect(run.status == 0, "\(run.stderr)")
        let copied = try Data(contentsOf: site.output.appendingPathComponent("files/annual-report.pdf"))
        #expect(copied == Data(bytes))
        run.expectPeakMemory(below: 200)
    }

    @Test("10,000-deep nested block quotes and lists render without overflowing the stack", arguments: [
        ("block quotes", "> ", "<blockquote>"), ("lists", "- ", "<li>"), ("ordered lists", "1. ", "<li>"),
    ])
    func deepNesting(_ name: String, _ marker: String, _ tag: String) throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("deep.md", HostileSite.page(title: "Deep", body: String(repeating: marker, count: 10_000) + "Bottom."))
        let run = try site.build()
        #expect(run.status == 0, "\(name): \(run.stderr)")
        let html = site.published("deep/index.html")
        #expect(html.components(separatedBy: tag).count - 1 >= 10_000, "\(name)")
        #expect(html.contains("Bottom."))
        run.expectPeakMemory(below: 200, "\(name): ")
    }

    @Test("names with spaces and non-ASCII letters become working pages and links")
    func namesWithSpacesAndAccents() throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("index.md", HostileSite.page(title: "Home", body: "[One](my%20page.md), [two](Überblick.md) and [three](café/ñandú.md)."))
        try site.write("my page.md", HostileSite.page(title: "Spaces"))
        try site.write("Überblick.md", HostileSite.page(title: "Umlaut"))
        try site.write("café/ñandú.md", HostileSite.page(title: "Accents"))
        let run = try site.build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(site.published("my-page/index.html").contains("<title>Spaces"))
        #expect(site.published("Überblick/index.html").contains("<title>Umlaut"))
        #expect(site.published("café/ñandú/index.html").contains("<title>Accents"))
        let home = site.published("index.html")
        #expect(home.contains(#"href="/my-page/""#), "\(home)")
        #expect(home.contains(#"href="/%C3%9Cberblick/""#))
        #expect(home.contains(#"href="/caf%C3%A9/%C3%B1and%C3%BA/""#))
    }

    @Test("two pages whose addresses differ only in capital letters are an error naming both")
    func caseClash() throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("About.md", HostileSite.page(title: "About one"))
        try site.write("about.md", HostileSite.page(title: "About two"))
        let run = try site.build()
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/about.md:1:1: error: " + ContentMessages.caseClash("/about/", other: "content/About.md")), "\(run.stderr)")
    }

    @Test("a loop of symbolic links is an error; a link back up the tree is not followed twice")
    func symlinkLoops() throws {
        let site = try HostileSite()
        defer { site.remove() }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: site.content.appendingPathComponent("loop-a.md").path, withDestinationPath: "loop-b.md")
        try manager.createSymbolicLink(atPath: site.content.appendingPathComponent("loop-b.md").path, withDestinationPath: "loop-a.md")
        try site.write("deeper/page.md", HostileSite.page(title: "Deeper"))
        try manager.createSymbolicLink(atPath: site.content.appendingPathComponent("deeper/up").path, withDestinationPath: "..")
        let run = try site.build(timeout: 30)
        #expect(!run.timedOut)
        #expect(run.status == 1)
        for name in ["loop-a.md", "loop-b.md"] {
            #expect(run.stderr.contains("content/\(name): error: " + LoadMessages.symlinkLoop), "\(run.stderr)")
        }
        #expect(!run.stderr.contains("deeper/up"), "\(run.stderr)")
    }

    @Test("a named pipe in content/ is reported, not read (reading it would wait for ever)")
    func namedPipe() throws {
        let site = try HostileSite()
        defer { site.remove() }
        #expect(mkfifo(site.content.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let run = try site.build(timeout: 30)
        #expect(!run.timedOut)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/pipe.md: error: " + LoadMessages.notRegularFile), "\(run.stderr)")
    }

    /// Root reads a chmod 000 file anyway, so as root the build runs as `nobody` (uid 65534) through setpriv.
    static let canTestUnreadable = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test("a file the build may not read is an error naming it", .enabled(if: canTestUnreadable, "running as root without setpriv: root reads chmod 000 files"))
    func unreadableFile() throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("secret.md", HostileSite.page(title: "Secret"))
        #expect(chmod(site.content.appendingPathComponent("secret.md").path, 0o000) == 0)
        let run = try CLI.runMeasured(["build", "--source", site.root.path, "--theme", HostileSite.theme.path, "--output", site.output.path],
                                      asUser: getuid() == 0 ? "65534" : nil)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("content/secret.md: error: " + LoadMessages.unreadable), "\(run.stderr)")
    }

    @Test("control characters in a file never reach the terminal raw")
    func controlCharactersAreShownSafely() throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("escape.md", HostileSite.page(title: "Escape", body: "Text \u{1B}]0;owned\u{07}\u{1B}[2J [link](missing.md)"))
        let run = try site.build()
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/escape.md:6:"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{07}"))
    }
}
