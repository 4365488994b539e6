@testable import FrontMatter
@testable import Preview
@testable import SaferSiteKit
import Testing
import TextSupport

@Suite("Planning a new page")
struct PageScaffoldTests {
    static let day = FrontMatterDate(year: 2026, month: 11, day: 22)

    @Test("slugs are lower case with hyphens", arguments: [
        ("Youth Hub", "youth-hub"), ("Safe & Confident Communities", "safe-and-confident-communities"),
        ("Children's Café  2015/16", "childrens-cafe-2015-16"), ("  --MANTRA--  ", "mantra"), ("!!", ""),
    ])
    func slugs(name: String, slug: String) {
        #expect(Slug.make(from: name) == slug)
    }

    @Test("each kind goes in its own folder, or in --section", arguments: [
        (NewPageKind.project, nil as String?, "content/projects/youth-hub.md", "/projects/youth-hub/"),
        (.update, nil, "content/updates/2026-11-22-youth-hub.md", "/updates/2026-11-22-youth-hub/"),
        (.page, nil, "content/youth-hub.md", "/youth-hub/"),
        (.district, nil, "content/partnerships/youth-hub/_index.md", "/partnerships/youth-hub/"),
        (.project, "/partnerships/oxford/", "content/partnerships/oxford/youth-hub.md", "/partnerships/oxford/youth-hub/"),
    ])
    func paths(kind: NewPageKind, section: String?, path: String, url: String) throws {
        let page = try PageScaffold(kind: kind, name: "Youth Hub", today: Self.day, section: section).page(archetype: "").get()
        #expect(page.path == path && page.url == url)
    }

    @Test("a district page goes in the settings' district_folder; --section still wins, and other kinds keep their folders")
    func districtFolder() throws {
        let plan = { (kind: NewPageKind, section: String?) in
            try PageScaffold(kind: kind, name: "North Anytown", today: Self.day, section: section, districtFolder: "areas/local").page(archetype: "").get().path
        }
        #expect(try plan(.district, nil) == "content/areas/local/north-anytown/_index.md")
        #expect(try plan(.district, "wards") == "content/wards/north-anytown/_index.md")
        #expect(try plan(.project, nil) == "content/projects/north-anytown.md")
    }

    @Test("unsafe sections and names without letters are refused", arguments: [("../x", "Hub"), ("_data", "Hub"), ("a/./b", "Hub"), ("", "!!")])
    func refused(section: String, name: String) {
        #expect(throws: PageScaffold.Problem.self) { try PageScaffold(kind: .page, name: name, today: Self.day, section: section).page(archetype: "").get() }
    }

    @Test("placeholders are filled: the title quoted for YAML, today, a year on, the district")
    func placeholders() throws {
        let archetype = "title: {{title}}\ndate: {{today}}\nreview_by: {{review_by}}\ndistrict: {{district}}\n"
        let page = try PageScaffold(kind: .district, name: #"The "Safer" \ Oxford"#, today: FrontMatterDate(year: 2028, month: 2, day: 29))
            .page(archetype: archetype).get()
        #expect(page.text == #"title: "The \"Safer\" \\ Oxford"\#ndate: 2028-02-29\#nreview_by: 2029-02-28\#ndistrict: "the-safer-oxford"\#n"#)
    }
}
