import Diagnostics
import Foundation
import FuzzHarness
import FuzzRequestHarness
import Testing

/// Replays through the fuzz targets' own code (`FuzzHarness`) every input the fuzzers ever found
/// (`Findings/`), the real site's pages and data (the seed corpus), and hand-made hostile inputs.
/// A broken promise (`FuzzOracle`) is recorded as a failure naming the input; a crash or a hang
/// inside the code under test still stops the run, as it would in a fuzz target.
struct FuzzRegressionTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Files under a folder of the package, by relative path.
    static func files(under folder: String, suffixes: [String]) -> [String] {
        let root = packageRoot.appendingPathComponent(folder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { path in suffixes.contains(where: path.hasSuffix) }.sorted().map { folder + "/" + $0 }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(path)))
    }

    /// Findings are named after the target that found them: `FuzzPage-crash-<sha1>` and so on.
    static let findings: [String] = {
        let folder = packageRoot.appendingPathComponent("Tests/SaferSiteKitTests/Hostile/Findings").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("Fuzz") }.sorted()
    }()

    /// Expects no broken promise from one target's run over an input.
    static func expectKept(_ problems: [String], _ input: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(problems.isEmpty, "\(input): \(problems.joined(separator: "; "))", sourceLocation: sourceLocation)
    }

    /// Runs `bytes` through every target, as the page target reads them with raw HTML off and on.
    static func expectKeptByEveryTarget(_ bytes: [UInt8], _ input: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectKept(FuzzHarness.frontMatter(bytes), "\(input) (front matter)", sourceLocation: sourceLocation)
        expectKept(FuzzHarness.data(bytes), "\(input) (data)", sourceLocation: sourceLocation)
        expectKept(FuzzHarness.page([0] + bytes), "\(input) (page)", sourceLocation: sourceLocation)
        expectKept(FuzzHarness.page([1] + bytes), "\(input) (page with raw HTML)", sourceLocation: sourceLocation)
    }

    @Test("every input a fuzzer found still passes through its target", arguments: findings)
    func finding(_ name: String) throws {
        let bytes = try Self.bytes("Tests/SaferSiteKitTests/Hostile/Findings/" + name)
        switch name.prefix(while: { $0 != "-" }) {
        case "FuzzFrontMatter": Self.expectKept(FuzzHarness.frontMatter(bytes), name)
        case "FuzzData": Self.expectKept(FuzzHarness.data(bytes), name)
        case "FuzzPage": Self.expectKept(FuzzHarness.page(bytes), name)
        case "FuzzTemplate": Self.expectKept(FuzzHarness.template(bytes), name)
        case "FuzzRequest": Self.expectKept(FuzzHarness.request(bytes), name)
        default: Issue.record("\(name) does not name its fuzz target")
        }
    }

    @Test("the theme's templates, and a page whose partials include each other, pass through the template target")
    func templateSeeds() throws {
        let templates = Self.files(under: "theme/templates", suffixes: [".mustache"])
        #expect(templates.count > 10)
        for path in templates { Self.expectKept(FuzzHarness.template(try Self.bytes(path)), path) }
        let loop = "{{>partials/a}}" + FuzzHarness.templateSeparator + "A {{>partials/b}}" + FuzzHarness.templateSeparator + "B {{>partials/a}}"
        Self.expectKept(FuzzHarness.template(Array(loop.utf8)), "a loop through two partials")
    }

    @Test("the real site's pages, settings and data pass through every target (the seed corpus)")
    func seedCorpus() throws {
        let seeds = Self.files(under: "content", suffixes: [".md", ".yaml", ".csv"])
            + Self.files(under: "Tests/SaferSiteCLITests/Fixtures/basic-site/content", suffixes: [".md", ".yaml", ".csv"])
        #expect(seeds.count > 50)
        for path in seeds {
            Self.expectKeptByEveryTarget(try Self.bytes(path), path)
        }
    }

    /// Request heads aimed at the preview server: names a rebinding page could use, and paths
    /// that try to leave the site.
    static let hostileRequests: [String] = [
        "127.0.0.1.evil.example:8080", "localhost.evil.example:8080", "evil.example", "[::ffff:127.0.0.1]:8080", "0x7f.0.0.1:8080",
        "2130706433:8080", "127.0.0.1:8080.evil.example", "127.0.0.1:08080", "localhost:8080 ", " 127.0.0.1:8080", "127.0.0.1:80800",
    ].map { "GET / HTTP/1.1\r\nHost: \($0)\r\n\r\n" } + [
        "GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n",
        "GET /%2e%2e/%2e%2e/etc/passwd?since=1&since HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
        "GET /about/ HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nHost: evil.example:8080\r\n\r\n",
        "GET " + String(repeating: "/a", count: 20_000) + " HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n",
    ]

    @Test("hostile request heads keep the request target's promises")
    func hostileRequestHeads() {
        for request in Self.hostileRequests {
            Self.expectKept(FuzzHarness.request(Array(request.utf8)), String(request.prefix(80)))
        }
    }

    static let handMade: [String] = [
        "---\ntitle: " + String(repeating: "[", count: 10_000) + "\n---\n",
        "---\ntitle: " + String(repeating: "{a: ", count: 5_000) + "\n---\n",
        "---\n" + (0..<300).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + "\n---\n",
        "---\n" + String(repeating: "- ", count: 5_000) + "x\n---\n",
        "---\ntitle: x\n---\n" + String(repeating: "> ", count: 10_000) + "deep",
        "---\ntitle: x\n---\n" + String(repeating: "- ", count: 10_000) + "deep",
        "---\ntitle: x\n---\n" + String(repeating: "[", count: 10_000) + String(repeating: "](x)", count: 10_000),
        "---\ntitle: x\n---\n" + String(repeating: "*a **b ", count: 5_000),
        "---\ntitle: x\n---\n" + String(repeating: "| a ", count: 2_000) + "|\n" + String(repeating: "|---", count: 2_000) + "|\n",
        "---\ntitle: x\n---\n[a](<javascript:alert(1)>) [b](JAVA\tSCRIPT:x) <vbscript:x> ![c](data:image/png;base64,AA)",
        "---\ntitle: x\ndata:\n  t:\n    kind: trend\n    caption: c\n    source: s\n    unit: count\n    periods: [a, b]\n    rows:\n      - {measure: m, area: a, better: lower, values: [1e308, -1e308]}\n---\n```chart t\n```\n",
        "---\ntitle: x\ndata:\n  t:\n    kind: money\n    caption: c\n    source: s\n    periods: [a]\n    rows:\n      - {label: l, values: [99999999999999999999999999999]}\n---\n```table t\n```\n```chart t\n```\n",
        "kind: figures\ncaption: c\nsource: s\ncsv: fuzz.csv\n%%csv\nvalue,label,unit\n\"1\n2\",\"a\"\"b\",percent\n",
        "---\r\ntitle: \"\\u202E\\uD800\\x00\"\r---\r\n\u{FEFF}text",
    ]

    @Test("hand-made hostile inputs pass through every target", arguments: handMade.indices)
    func handMadeInput(_ index: Int) throws {
        // A bad index is a failure of this test, not an out-of-range trap that ends the whole run.
        let input = try #require(Self.handMade.indices.contains(index) ? Self.handMade[index] : nil, "no hand-made input \(index)")
        Self.expectKeptByEveryTarget(Array(input.utf8), "hand-made input \(index)")
    }
}
