import Foundation
import Testing

/// `safersite init`, through the real executable: a new partnership's site that builds with no
/// warnings at once, its districts, and a folder that holds anything left alone.
@Suite("safersite init", .serialized)
struct InitCommandTests {
    static let arguments = ["--name", "Safer Anytown Partnership", "--district", "North Anytown",
                            "--district", "South Anytown", "--district", "Anytown City"]

    /// The findings of `safersite check --format json` on a site.
    static func findings(of site: URL) throws -> [[String: Any]] {
        let checked = try CLI.run(["check", "--format", "json", "--source", site.path])
        let report = try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any]
        return report?["diagnostics"] as? [[String: Any]] ?? []
    }

    @Test("init writes a site that builds with no errors or warnings, with a page for each district")
    func newSiteBuilds() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("safer-anytown")
        let created = try CLI.run(["init", site.path] + Self.arguments)
        #expect(created.status == 0, "\(created.stderr)")
        for path in [".gitignore", "content/_site.yaml", "content/index.md", "content/about.md", "content/contact.md",
                     "content/accessibility.md", "content/search.md", "content/404.md", "content/districts/_index.md",
                     "content/districts/north-anytown/_index.md", "content/districts/south-anytown/_index.md",
                     "content/districts/anytown-city/_index.md"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path) is missing")
            #expect(created.stdout.contains("  \(path)\n"), "\(path) is not listed")
        }
        let findings = try Self.findings(of: site)
        #expect(findings.isEmpty, "\(findings)")
        let output = work.appendingPathComponent("public")
        let built = try CLI.run(["build", "--source", site.path, "--output", output.path, "--strict"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(!built.stderr.contains("error:"))

        let settings = try String(contentsOf: site.appendingPathComponent("content/_site.yaml"), encoding: .utf8)
        // What builds make is kept out of git: the output, the pictures' store, a stopped build's leftovers.
        let ignored = try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8)
        for line in ["/public/", "/.safersite-cache/", "/.public.lock", "/.public.staging-*/"] {
            #expect(ignored.split(separator: "\n").contains(Substring(line)), "\(line) is not ignored")
        }
        #expect(settings.contains("title: \"Safer Anytown Partnership\"\n"))
        #expect(settings.contains("  - {id: north-anytown, name: \"North Anytown\"}\n  - {id: south-anytown, name: \"South Anytown\"}\n  - {id: anytown-city, name: \"Anytown City\"}\n"))
        #expect(settings.contains("district_folder: districts\n") && settings.contains("language: en-GB\n"))
        #expect(settings.contains("base_url: https://www.example.gov.uk/\n"), "the invented address, with its comment")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        for (id, name) in [("north-anytown", "North Anytown"), ("south-anytown", "South Anytown"), ("anytown-city", "Anytown City")] {
            let page = try String(contentsOf: output.appendingPathComponent("districts/\(id)/index.html"), encoding: .utf8)
            #expect(page.contains(name + "</h1>"), "\(id)")
            #expect(home.contains("<a href=\"/districts/\(id)/\">\(name)</a>"), "the home page links to \(id)")
        }
        let statement = try String(contentsOf: output.appendingPathComponent("accessibility/index.html"), encoding: .utf8)
        for heading in ["Feedback and contact information", "Enforcement procedure", "Compliance status",
                        "Non-accessible content", "Preparation of this accessibility statement"] {
            #expect(statement.contains(heading), "the statement has no '\(heading)'")
        }
        #expect(statement.contains("This website is run by the Safer Anytown Partnership."))
        #expect(statement.contains("This statement was prepared on 22 November 2026."))
        let starter = CLI.tree(site.appendingPathComponent("content")).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(!starter.localizedCaseInsensitiveContains("lorem") && !starter.contains("TODO") && !starter.contains("{{"))
    }

    @Test("--base-url, --email and --phone reach the settings, the contact page and every page's footer")
    func contactDetails() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        let created = try CLI.run(["init", site.path, "--name", "Safer Testtown", "--district", "Testtown",
                                   "--base-url", "https://safer.testtown.example.org", "--email", "safer@testtown.example.org",
                                   "--phone", "01234 567890"])
        #expect(created.status == 0, "\(created.stderr)")
        let settings = try String(contentsOf: site.appendingPathComponent("content/_site.yaml"), encoding: .utf8)
        #expect(settings.contains("base_url: \"https://safer.testtown.example.org/\"\n"))
        #expect(settings.contains("contact:\n  email: \"safer@testtown.example.org\"\n  phone: \"01234 567890\"\n"))
        #expect(try Self.findings(of: site).isEmpty)
        let output = work.appendingPathComponent("public")
        #expect(try CLI.run(["build", "--source", site.path, "--output", output.path]).status == 0)
        let contact = try String(contentsOf: output.appendingPathComponent("contact/index.html"), encoding: .utf8)
        #expect(contact.contains("<a href=\"mailto:safer@testtown.example.org\">safer@testtown.example.org</a>"))
        let about = try String(contentsOf: output.appendingPathComponent("about/index.html"), encoding: .utf8)
        #expect(about.contains("Phone: <a href=\"tel:01234567890\">01234 567890</a>"), "the footer")
    }

    @Test("a folder that holds anything is refused and left exactly as it was")
    func refusesNonEmptyFolder() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try "my notes\n".write(to: work.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["init", work.path] + Self.arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not empty (it holds notes.txt); nothing was written"), "\(result.stderr)")
        // The hint is the whole command again, in a new folder, ready to paste.
        #expect(result.stderr.contains("hint: name a new folder: safersite init 'safer-anytown-partnership' --name 'Safer Anytown Partnership' --district 'North Anytown' --district 'South Anytown' --district 'Anytown City'"),
                "\(result.stderr)")
        #expect(CLI.tree(work) == ["notes.txt": Data("my notes\n".utf8)])
    }

    @Test("an empty folder, or one holding only .git, is used")
    func emptyFolder() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let result = try CLI.run(["init", work.path] + Self.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("content/_site.yaml").path))
    }

    @Test("wrong use is a usage error (64) and writes nothing", arguments: [
        ["--name", "Safer Anytown"],
        ["--name", "Safer Anytown", "--district", "North", "--district", "north"],
        ["--name", "  ", "--district", "North"],
        ["--name", "Safer Anytown", "--district", "!!"],
        ["--name", "Safer Anytown", "--district", "North", "--email", "not an address"],
        ["--name", "Safer Anytown", "--district", "North", "--phone", "call us"],
        ["--name", "Safer Anytown", "--district", "North", "--base-url", "www.example.gov.uk"],
    ])
    func usage(arguments: [String]) throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try CLI.run(["init", work.appendingPathComponent("site").path] + arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("site").path))
    }

    @Test("a name and districts holding quotes, ampersands and Markdown's characters are written safely and build")
    func awkwardNames() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        let created = try CLI.run(["init", site.path, "--name", "St. Anne's \"Safer\" *Streets* & <Co> [Test]",
                                   "--district", "Mary_Town & Co", "--district", "St. Anne's"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try Self.findings(of: site).isEmpty)
        let output = work.appendingPathComponent("public")
        let built = try CLI.run(["build", "--source", site.path, "--output", output.path])
        #expect(built.status == 0, "\(built.stderr)")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("St. Anne&#39;s &quot;Safer&quot; *Streets* &amp; &lt;Co&gt; [Test]</h1>")
            || home.contains("St. Anne's &quot;Safer&quot; *Streets* &amp; &lt;Co&gt; [Test]</h1>"), "the title, escaped once")
        #expect(home.contains("<a href=\"/districts/mary-town-and-co/\">Mary_Town &amp; Co</a>"), "\(home)")
        let about = try String(contentsOf: output.appendingPathComponent("about/index.html"), encoding: .utf8)
        #expect(about.contains("*Streets* &amp; &lt;Co&gt; [Test] is a community safety partnership"), "the body text, not read as Markdown")
        // A summary is plain text, not Markdown: the name as given, escaped once for HTML.
        #expect(about.contains("<meta name=\"description\" content=\"Who is in the St. Anne&#39;s &quot;Safer&quot; *Streets* &amp; &lt;Co&gt; [Test], what")
            || about.contains("<meta name=\"description\" content=\"Who is in the St. Anne's &quot;Safer&quot; *Streets* &amp; &lt;Co&gt; [Test], what"),
            "\(about)")
        let district = try String(contentsOf: output.appendingPathComponent("districts/mary-town-and-co/index.html"), encoding: .utf8)
        #expect(district.contains("Community safety in Mary_Town &amp; Co, and how"), "\(district)")
    }

    @Test("the longest name taken still gives every page a summary within 160 characters; a longer one is refused")
    func longestName() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let name = "The Northern and Southern Anytown and Greater Anytown City Community Safety Team"
        #expect(name.split(separator: " ").count == 12)
        #expect(name.count == 80)
        let site = work.appendingPathComponent("site")
        #expect(try CLI.run(["init", site.path, "--name", name, "--district", "Anytown"]).status == 0)
        #expect(try Self.findings(of: site).isEmpty)
        let longer = try CLI.run(["init", work.appendingPathComponent("other").path, "--name", name + "s", "--district", "Anytown"])
        #expect(longer.status == 64 && longer.stderr.contains("longer than 80 characters or 12 words"), "\(longer.stderr)")
        let wordy = try CLI.run(["init", work.appendingPathComponent("other").path, "--name", "A b c d e f g h i j k l m", "--district", "Anytown"])
        #expect(wordy.status == 64, "\(wordy.stderr)")
        let home = try String(contentsOf: site.appendingPathComponent("content/index.md"), encoding: .utf8)
        #expect(home.contains("\nThe Northern and Southern Anytown") && !home.contains("The The"), "a name starting with 'The' keeps its own")
    }
}
