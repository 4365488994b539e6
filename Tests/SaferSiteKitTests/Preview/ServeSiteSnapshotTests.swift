@testable import Diagnostics
import Foundation
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: the site snapshot")
struct ServeSiteSnapshotTests {
    @Test("a good build replaces the files; a failed one keeps them and records its problems")
    func keepsLastGood() async {
        let snapshot = SiteSnapshot()
        await snapshot.publish(.built([OutputFile(path: "index.html", contents: .text("one"))]))
        let problem = Diagnostic(.error, at: SourceLocation(file: "content/index.md", line: 1), "broken")
        await snapshot.publish(.failed([problem]))
        let state = await snapshot.current
        #expect(state.generation == 2)
        #expect(state.files["index.html"]?.data == Data("one".utf8))
        #expect(state.problems == [problem])
        #expect(state.latestBuildFailed)
        await snapshot.publish(.built([OutputFile(path: "index.html", contents: .text("two"))]))
        let fixed = await snapshot.current
        #expect(fixed.files["index.html"]?.data == Data("two".utf8))
        #expect(!fixed.latestBuildFailed)
    }

    @Test("a waiting page is woken by the next build")
    func wakesWaiters() async {
        let snapshot = SiteSnapshot()
        await snapshot.publish(.built([]))
        async let next = snapshot.generation(after: 1)
        try? await Task.sleep(for: .milliseconds(50))
        await snapshot.publish(.built([]))
        #expect(await next == 2)
        #expect(await snapshot.generation(after: 1) == 2)
    }

    @Test("a cancelled wait returns at once")
    func cancelledWait() async {
        let snapshot = SiteSnapshot()
        let waiting = Task { await snapshot.generation(after: 0) }
        try? await Task.sleep(for: .milliseconds(20))
        waiting.cancel()
        #expect(await waiting.value == 0)
    }
}
