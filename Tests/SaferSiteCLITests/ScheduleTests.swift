import Foundation
import FrontMatter
@testable import SaferSiteKit
import Testing

/// `publish_date` and `expiry_date` through the real CLI: a page outside its dates is nowhere on
/// the site, with a note saying why, and the preview can show it with a notice.
@Suite("Scheduled and expired pages", .serialized)
struct ScheduleTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    static let files = [
        "_site.yaml": "title: Test Partnership\nbase_url: https://safer.example.gov.uk/\n",
        "index.md": "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n",
        "updates/_index.md": "---\ntitle: Updates\nsummary: What is new.\n---\n",
        "updates/now.md": "---\ntitle: Published now\nsummary: Out today.\ndate: 2026-11-01\n---\nText.\n",
        "updates/soon.md": "---\ntitle: Coming soon\nsummary: Out next week.\ndate: 2026-12-14\npublish_date: 2026-12-14\n---\nText.\n",
        // 23:30 in New York on the 6th is 04:30 on the 7th in London: on the site on the 7th.
        "updates/overnight.md": "---\ntitle: Overnight\nsummary: Out at dawn.\ndate: 2026-12-06\npublish_date: 2026-12-06T23:30:00-05:00\n---\nText.\n",
        "updates/gone.md": "---\ntitle: Gone\nsummary: A past event.\ndate: 2026-10-01\nexpiry_date: 2026-12-06\n---\nText.\n",
        "updates/last-day.md": "---\ntitle: Last day\nsummary: Ends today.\ndate: 2026-10-02\nexpiry_date: 2026-12-07\n---\nText.\n",
    ]

    @Test("a page before its publish_date or after its expiry_date is left out everywhere, with a note at the date")
    func leftOut() throws {
        let root = try CLI.site(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme, "--today", "2026-12-07"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/updates/soon.md:5:15: note: this page is scheduled: it goes on the site on 14 December 2026"), "\(result.stderr)")
        #expect(result.stderr.contains("content/updates/gone.md:5:14: note: this page expired: its last day on the site was 6 December 2026"))
        let files = CLI.tree(root.appendingPathComponent("public"))
        #expect(files["updates/soon/index.html"] == nil)
        #expect(files["updates/gone/index.html"] == nil)
        #expect(files["updates/overnight/index.html"] != nil)
        #expect(files["updates/last-day/index.html"] != nil)
        let everything = ["updates/index.html", "index.html", "sitemap.xml", "feed.xml", "search-index.json"]
            .map { String(decoding: files[$0] ?? Data(), as: UTF8.self) }.joined()
        #expect(!everything.contains("Coming soon") && !everything.contains("/updates/soon/"))
        #expect(!everything.contains("/updates/gone/"))
        #expect(everything.contains("/updates/overnight/") && everything.contains("/updates/last-day/"))
    }

    @Test("the preview with --future shows them, each with a notice; --future cannot write the site")
    func previewed() throws {
        let root = try CLI.site(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        var options = BuildOptions(source: root, theme: URL(fileURLWithPath: theme), output: nil,
                                   today: FrontMatterDate(year: 2026, month: 12, day: 7))
        options.includeScheduled = true
        let report = try SiteBuilder(options: options).build()
        let soon = try #require(report.files.first { $0.path == "updates/soon/index.html" }).contents.text
        #expect(soon.contains(#"<p class="schedule-notice" role="note">Preview: this page goes on the site on 14 December 2026.</p>"#))
        let gone = try #require(report.files.first { $0.path == "updates/gone/index.html" }).contents.text
        #expect(gone.contains("Preview: this page came off the site after 6 December 2026."))
        #expect(!(try #require(report.files.first { $0.path == "updates/now/index.html" }).contents.text.contains("schedule-notice")))

        let refused = try CLI.run(["serve", "--source", root.path, "--future", "--write"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--future shows pages that are not on the site yet"), "\(refused.stderr)")
    }
}
