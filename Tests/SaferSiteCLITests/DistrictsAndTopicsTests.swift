import Foundation
import Testing

/// Districts and topics come from the settings (issue 25), a page naming one not listed gets a
/// did-you-mean warning (issue 26), and the archetypes' guidance text left in a page is warned
/// about, through the real executable and theme.
@Suite("Districts, topics and guidance text", .serialized)
struct DistrictsAndTopicsTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    static let home = "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n"
    static let settings = """
        title: Safer Anytown
        district_folder: areas
        districts:
          - {id: north-anytown, name: North Anytown}
          - {id: anytown-city, name: Anytown City}
        topics: [anti-social behaviour, domestic abuse]

        """

    func check(_ root: URL) throws -> String {
        try CLI.run(["check", "--source", root.path, "--theme", theme]).stderr
    }

    @Test("a district or topic not in the settings' lists is warned about at its value, with the one it most likely means")
    func unlisted() throws {
        let root = try CLI.site(["index.md": Self.home, "_site.yaml": Self.settings,
                                 "a.md": "---\ntitle: A\nsummary: A page.\ndistrict: north-anytwn\ntopics: [Domestic abuse, anti-social behavour]\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try check(root)
        #expect(found.contains("content/a.md:4:11: warning: the district 'north-anytwn' is not listed under 'districts:' in content/_site.yaml"),
                "\(found)")
        #expect(found.contains("hint: did you mean 'north-anytown'?"))
        #expect(found.contains("content/a.md:5:26: warning: the topic 'anti-social behavour' is not listed under 'topics:' in content/_site.yaml"))
        #expect(found.contains("hint: did you mean 'anti-social behaviour'?"))
        // A topic differing only in capitals makes the same topic page, so it is listed.
        #expect(!found.contains("'Domestic abuse'"))
    }

    @Test("a site that lists no districts or topics gets no such warning")
    func noLists() throws {
        let root = try CLI.site(["index.md": Self.home, "a.md": "---\ntitle: A\nsummary: A page.\ndistrict: anywhere\ntopics: [anything]\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try check(root)
        #expect(!found.contains("not listed"), "\(found)")
    }

    @Test("a page in a district with no page of its own shows the name the settings give it")
    func districtName() throws {
        let root = try CLI.site(["index.md": Self.home, "_site.yaml": Self.settings,
                                 "projects/hub.md": "---\ntitle: Hub\nsummary: A hub.\nlayout: project\ndistrict: anytown-city\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let built = try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent("public").path])
        #expect(built.status == 0, "\(built.stderr)")
        let page = try String(contentsOf: root.appendingPathComponent("public/projects/hub/index.html"), encoding: .utf8)
        #expect(page.contains("Anytown City"), "\(page)")
    }

    @Test("new district writes under district_folder, and under partnerships/ when the settings name none")
    func districtFolder() throws {
        let root = try CLI.site(["index.md": Self.home, "_site.yaml": Self.settings])
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try CLI.run(["new", "district", "North Anytown", "--source", root.path, "--theme", theme])
        #expect(created.stdout == "Created content/areas/north-anytown/_index.md (it will be at /areas/north-anytown/)\n", "\(created.stderr)")
        let unlisted = try CLI.run(["new", "district", "South Anytown", "--source", root.path, "--theme", theme])
        #expect(unlisted.stdout == "Created content/areas/south-anytown/_index.md (it will be at /areas/south-anytown/)\n"
                + "Add it to the districts in content/_site.yaml, so pages can name it: - {id: south-anytown, name: \"South Anytown\"}\n")
        // The line, pasted under districts:, lists it: the new page's district is then no warning.
        try (Self.settings.replacingOccurrences(of: "topics:", with: "  - {id: south-anytown, name: \"South Anytown\"}\ntopics:"))
            .write(to: root.appendingPathComponent("content/_site.yaml"), atomically: true, encoding: .utf8)
        #expect(!(try check(root)).contains("not listed"))

        try "title: T\n".write(to: root.appendingPathComponent("content/_site.yaml"), atomically: true, encoding: .utf8)
        let plain = try CLI.run(["new", "district", "North Anytown", "--source", root.path, "--theme", theme])
        #expect(plain.stdout == "Created content/partnerships/north-anytown/_index.md (it will be at /partnerships/north-anytown/)\n")

        try "title: T\ndistrict_folder: ../outside\n".write(to: root.appendingPathComponent("content/_site.yaml"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["new", "district", "South Anytown", "--source", root.path, "--theme", theme])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("content/_site.yaml:2:18: error: '../outside' cannot hold district pages"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/south-anytown").path))
    }

    @Test("a new page's guidance sentences are each warned about at their line and column until replaced")
    func placeholderText() throws {
        let root = try CLI.site(["index.md": Self.home])
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try CLI.run(["new", "project", "Youth Hub", "--source", root.path, "--theme", theme])
        #expect(created.status == 0, "\(created.stderr)")
        let found = try check(root)
        // Each sentence of theme/archetypes/project.md's body, read from the archetype itself.
        let archetype = try String(contentsOfFile: theme + "/archetypes/project.md", encoding: .utf8)
        #expect(archetype.contains("Say what the project does, who it helps and where it runs. Keep sentences short."))
        #expect(found.contains("content/projects/youth-hub.md:21:1: warning: \"Say what the project does, who it helps and where it runs.\" is the template's guidance text (from theme/archetypes/project.md)"),
                "\(found)")
        #expect(found.contains("content/projects/youth-hub.md:21:60: warning: \"Keep sentences short.\" is the template's guidance text"))
        #expect(found.contains("content/projects/youth-hub.md:25:1: warning: \"Give the results the project's reports publish, with the year they cover.\""))
        #expect(found.contains("hint: replace it with what the page should say, or delete it"))

        let page = root.appendingPathComponent("content/projects/youth-hub.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        text = text.replacingOccurrences(of: "Say what the project does, who it helps and where it runs. Keep sentences short.",
                                         with: "The hub opens on Fridays for young people aged 11 to 18.")
        text = text.replacingOccurrences(of: "Give the results the project's reports publish, with the year they cover.", with: "It opened in 2026.")
        try text.write(to: page, atomically: true, encoding: .utf8)
        #expect(!(try check(root)).contains("guidance text"))
    }
}
