import Foundation
import Testing

/// `safersite check` and the checks `build` runs, through the real executable.
@Suite("safersite check", .serialized)
struct CheckCommandTests {
    let theme = CLI.fixtures.appendingPathComponent("theme-minimal").path

    func site(_ name: String) -> String {
        CLI.fixtures.appendingPathComponent("check-site/\(name)").path
    }

    @Test("a site with one of each error lists them all as file:line:column, with hints, and exits 1")
    func errors() throws {
        let result = try CLI.run(["check", "--source", site("errors"), "--theme", theme])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        try Golden.compareText(result.stderr, expected: CLI.fixtures.appendingPathComponent("check-site/errors-expected.txt"))
    }

    @Test("a site with only warnings passes, unless --strict", arguments: [false, true])
    func warnings(strict: Bool) throws {
        let result = try CLI.run(["check", "--source", site("warnings"), "--theme", theme] + (strict ? ["--strict"] : []))
        #expect(result.status == (strict ? 1 : 0), "\(result.stderr)")
        if !strict {
            try Golden.compareText(result.stderr, expected: CLI.fixtures.appendingPathComponent("check-site/warnings-expected.txt"))
        } else {
            #expect(result.stderr.hasSuffix("Checked 5 pages: 0 errors, 10 warnings. (--strict: warnings fail the check)\n"))
        }
    }

    @Test("a clean site passes with no findings")
    func clean() throws {
        let result = try CLI.run(["check", "--source", site("clean"), "--theme", theme])
        #expect(result.status == 0)
        #expect(result.stderr == "Checked 2 pages: no problems found.\n")
        let quiet = try CLI.run(["check", "--source", site("clean"), "--theme", theme, "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }

    @Test("--format json prints the same findings as one valid JSON object on standard output")
    func json() throws {
        let text = try CLI.run(["check", "--source", site("errors"), "--theme", theme])
        let result = try CLI.run(["check", "--source", site("errors"), "--theme", theme, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(object["errors"] as? Int == 8 && object["warnings"] as? Int == 0)
        let codes = items.compactMap { $0["code"] as? String }
        #expect(Set(codes) == ["heading-skip", "missing-alt", "table-header", "empty-link", "broken-anchor", "broken-link"])
        for item in items {
            let head = "\(item["file"]!):\(item["line"]!):\(item["column"]!): \(item["severity"]!): \(item["message"]!)\n"
            #expect(text.stderr.contains(head), "\(head)")
            #expect(Set(item.keys) == ["file", "line", "column", "severity", "message", "hint", "code"])
        }
        let again = try CLI.run(["check", "--source", site("errors"), "--theme", theme, "--format", "json"])
        #expect(again.stdout == result.stdout)
    }

    @Test("build runs the same checks: errors stop it, warnings are shown, --strict makes warnings stop it")
    func buildRunsTheChecks() throws {
        // Copies: a build keeps its cache in the source folder, which must not be the repository's.
        let sites = try CLI.copyOfFixture("check-site")
        defer { try? FileManager.default.removeItem(at: sites.deletingLastPathComponent()) }
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let errors = sites.appendingPathComponent("errors").path, warnings = sites.appendingPathComponent("warnings").path
        let failed = try CLI.run(["build", "--source", errors, "--theme", theme, "--output", work.appendingPathComponent("errors").path])
        #expect(failed.status == 1 && failed.stderr.contains("error: this image has no alt text"))
        let warned = try CLI.run(["build", "--source", warnings, "--theme", theme, "--output", work.appendingPathComponent("warnings").path])
        #expect(warned.status == 0 && warned.stderr.contains("10 warnings"), "\(warned.stderr)")
        let strict = work.appendingPathComponent("strict")
        let refused = try CLI.run(["build", "--source", warnings, "--theme", theme, "--output", strict.path, "--strict"])
        #expect(refused.status == 1 && refused.stderr.contains("(--strict: warnings fail the build)"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: strict.path))
    }

    @Test("today comes from --today, else SAFERSITE_TODAY; a bad date is a usage error (64)")
    func today() throws {
        let early = try CLI.run(["check", "--source", site("warnings"), "--theme", theme, "--today", "2026-01-01"])
        #expect(!early.stderr.contains("due for review"))
        let late = try CLI.run(["check", "--source", site("warnings"), "--theme", theme], environment: ["SAFERSITE_TODAY": "2028-01-01"])
        #expect(late.stderr.contains("this page was due for review on 22 November 2027"))
        let bad = try CLI.run(["check", "--source", site("warnings"), "--theme", theme, "--today", "2026-02-30"])
        #expect(bad.status == 64)
        let badEnvironment = try CLI.run(["check", "--source", site("warnings"), "--theme", theme], environment: ["SAFERSITE_TODAY": "soon"])
        #expect(badEnvironment.status == 64)
    }

    @Test("a source folder without content/ cannot be checked (2); an unknown format is a usage error (64)")
    func exitCodes() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try CLI.run(["check", "--source", work.appendingPathComponent("nowhere").path]).status == 2)
        #expect(try CLI.run(["check", "--source", site("clean"), "--format", "xml"]).status == 64)
    }
}
