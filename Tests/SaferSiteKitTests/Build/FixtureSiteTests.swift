import Foundation
import SaferSiteKit
import Testing

/// Every fixture site under `Tests/SaferSiteKitTests/Sites/`, one per feature, built in-process
/// through `SiteBuilder` and compared with its expected output tree and findings (`FixtureSite`).
@Suite("fixture sites")
struct FixtureSiteTests {
    /// The sites that show a feature working: each must build and be written.
    static let validSites: Set = ["sections-and-pagination", "data-tables-and-charts", "topics-and-menus", "services",
                                  "history-and-sources", "entry-points"]
    /// The sites that show the build refusing something: each must fail and write nothing.
    static let brokenSites: Set = ["bad-front-matter", "broken-links", "output-clash", "bad-data"]

    @Test("each fixture site builds to its expected files and findings", arguments: FixtureSite.all)
    func site(_ site: FixtureSite) throws {
        let made = try site.build()
        // Checked before recording too, so that a mistake in a fixture is never recorded as the truth.
        if Self.validSites.contains(site.name) {
            #expect(made.files != nil, "\(site.name) should build, but failed:\n\(made.diagnostics)")
        }
        if Self.brokenSites.contains(site.name) {
            #expect(made.files == nil && made.diagnostics.contains(": error: "), "\(site.name) should fail with errors")
        }
        if FixtureSite.recording {
            try site.record(made)
            Issue.record("RECORD_GOLDEN=1: rewrote the expected files of \(site.name); check them with git diff, then run the tests without RECORD_GOLDEN")
            return
        }
        let differences = made.differences(from: try site.expected())
        #expect(differences.isEmpty, "\(site.name):\n\(differences.joined(separator: "\n"))\n(RECORD_GOLDEN=1 swift test re-records after a deliberate change)")
    }

    @Test("building in memory, as the preview does, makes the same files and findings as writing", arguments: FixtureSite.all)
    func inMemoryBuildMatchesWrittenBuild(_ site: FixtureSite) throws {
        // The preview serves what the report holds; a difference here is a page that looks right
        // in `serve` and wrong once published, or the other way round.
        let differences = try site.buildInMemory().differences(from: try site.build())
        #expect(differences.isEmpty, "\(site.name), in memory against written:\n\(differences.joined(separator: "\n"))")
    }

    @Test("every feature has its fixture site, and every fixture site says whether it should build")
    func everyFeatureHasASite() {
        // A misnamed or deleted folder would otherwise silently drop its feature from the run.
        let names = Set(FixtureSite.all.map(\.name))
        let listed = Self.validSites.union(Self.brokenSites)
        #expect(listed.isSubset(of: names), "missing: \(listed.subtracting(names).sorted())")
        #expect(names.isSubset(of: listed), "neither valid nor broken: \(names.subtracting(listed).sorted())")
    }
}
