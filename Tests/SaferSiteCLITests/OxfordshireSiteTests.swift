import DataTables
import Foundation
import Testing

/// The real Oxfordshire site in `content/`, built with the real theme through the CLI.
@Suite("The Oxfordshire site", .serialized)
struct OxfordshireSiteTests {
    /// Builds the site once for every test in this suite.
    static let built: (output: URL, result: CLI.Result) = {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("oxfordshire-\(UUID().uuidString)")
        let result = (try? CLI.run(["build", "--source", CLI.packageRoot.path, "--output", output.path]))
            ?? CLI.Result(status: -1, stdout: "", stderr: "could not run safersite")
        return (output, result)
    }()

    /// The words of a built page, without tags, entities decoded and white space folded.
    static func text(of page: String) throws -> String {
        let html = try String(contentsOf: built.output.appendingPathComponent(page), encoding: .utf8)
        var text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    /// Whether `figure` stands in `text` as a whole figure, not as part of a longer number.
    static func contains(_ text: String, figure: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: figure)
        return text.range(of: "(?<![0-9.,])\(escaped)(?![0-9])", options: .regularExpression) != nil
    }

    struct FigureRow: CustomTestStringConvertible {
        var page: String, figure: String, sourceFile: String, sourceText: String
        var testDescription: String { "\(figure) on \(page)" }
    }

    static let figures: [FigureRow] = {
        let file = CLI.fixtures.appendingPathComponent("oxfordshire-figures.tsv")
        let lines = ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n")
        return lines.filter { !$0.hasPrefix("#") }.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return FigureRow(page: cells[0], figure: cells[1], sourceFile: cells[2], sourceText: cells[3])
        }
    }()

    @Test("the whole site builds with no errors and no warnings")
    func buildsCleanly() {
        #expect(Self.built.result.status == 0, "\(Self.built.result.stderr)")
        #expect(!Self.built.result.stderr.contains("warning:"), "\(Self.built.result.stderr)")
        #expect(Self.built.result.stderr.contains("0 warnings"))
    }

    @Test("the checked list holds at least 40 figures")
    func enoughFigures() {
        #expect(Self.figures.count >= 40)
    }

    @Test("every checked figure is on its page and in its source document", arguments: figures)
    func figureIsCarriedOver(row: FigureRow) throws {
        #expect(Self.contains(try Self.text(of: row.page), figure: row.figure), "'\(row.figure)' is missing from \(row.page)")
        let seeds = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let source = try String(contentsOf: seeds.appendingPathComponent(row.sourceFile), encoding: .utf8)
        #expect(source.contains(row.sourceText), "'\(row.sourceText)' is not in \(row.sourceFile)")
    }

    @Test("every district partnership page links to its district council website(s)", arguments: [
        ("cherwell", ["https://www.cherwell.gov.uk"]),
        ("oxford", ["https://www.saferoxford.org.uk"]),
        ("south-and-vale", ["https://www.southoxon.gov.uk", "https://www.whitehorsedc.gov.uk"]),
        ("west-oxfordshire", ["https://www.westoxon.gov.uk"]),
    ])
    func districtLinksToCouncil(district: String, websites: [String]) throws {
        let html = try String(contentsOf: Self.built.output.appendingPathComponent("partnerships/\(district)/index.html"), encoding: .utf8)
        for site in websites {
            #expect(html.contains("href=\"\(site)"), "partnerships/\(district) does not link to \(site)")
        }
    }

    @Test("every project whose front matter gives a priority shows it, through page.params")
    func projectsShowTheirPriority() throws {
        let folder = CLI.packageRoot.appendingPathComponent("content/projects")
        var shown = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".md") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let line = source.split(separator: "\n").first(where: { $0.hasPrefix("priority: ") }) else { continue }
            let priority = line.dropFirst("priority: ".count).replacingOccurrences(of: "&", with: "&amp;")
            let page = try String(contentsOf: Self.built.output.appendingPathComponent("projects/\(file.dropLast(3))/index.html"), encoding: .utf8)
            #expect(page.contains("<dt>Priority</dt><dd>\(priority)</dd>"), "projects/\(file) does not show its priority")
            shown += 1
        }
        #expect(shown >= 10)
    }

    @Test("every project page names its district")
    func projectsNameTheirDistrict() throws {
        let folder = Self.built.output.appendingPathComponent("projects")
        let projects = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.contains(".") && $0 != "page" }
        #expect(projects.count >= 16)
        let districts = ["Cherwell", "Oxford", "South and Vale", "West Oxfordshire", "Oxfordshire"]
        for project in projects.sorted() {
            let text = try Self.text(of: "projects/\(project)/index.html")
            let named = districts.contains { text.contains("District: \($0)") || text.contains("District:\($0)") || text.contains("District \($0)") }
            #expect(named, "projects/\(project) does not name its district")
        }
    }

    @Test("every page's HTML plus its CSS is under 50 KB, with no render-blocking script")
    func pageWeight() throws {
        let output = Self.built.output
        let css = try Data(contentsOf: output.appendingPathComponent("css/site.css")).count
        let pages = CLI.tree(output).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 50)
        for (path, data) in pages {
            #expect(data.count + css < 50_000, "\(path) weighs \(data.count + css) bytes with its CSS")
            let html = String(decoding: data, as: UTF8.self)
            let head = html.components(separatedBy: "</head>").first ?? ""
            let blocking = head.components(separatedBy: "<script").dropFirst().filter { !$0.contains("defer") && !$0.contains("async") }
            #expect(blocking.isEmpty, "\(path) has a render-blocking script")
        }
    }

    @Test("every project, update and district page shows its topics, and the header links to search")
    func topicsAndSearch() throws {
        let tree = CLI.tree(Self.built.output)
        let pages = tree.keys.filter { path in
            let parts = path.split(separator: "/")
            guard path.hasSuffix("/index.html"), !path.contains("/page/") else { return false }
            switch parts.first {
            case "projects", "updates": return parts.count == 3
            case "partnerships": return parts.count == 3
            default: return false
            }
        }
        #expect(pages.count >= 25)
        for path in pages.sorted() {
            let html = String(decoding: tree[path]!, as: UTF8.self)
            #expect(html.contains(#"<h2 id="page-topics-heading""#), "\(path) shows no topics")
        }
        let home = String(decoding: tree["index.html"]!, as: UTF8.self)
        #expect(home.contains(#"<a class="site-nav__link" href="/search/">Search</a>"#))
        #expect(tree["search/index.html"] != nil && tree["search-index.json"] != nil)
    }
}
