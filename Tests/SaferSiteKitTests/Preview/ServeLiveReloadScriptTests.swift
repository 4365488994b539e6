@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: live-reload script")
struct ServeLiveReloadScriptTests {
    @Test("the tag goes just before the last </body>, carrying the page's generation")
    func beforeBodyEnd() {
        let page = "<html><body><p>Hi</p></BODY></html>"
        #expect(LiveReloadScript.inject(into: page, generation: 7)
            == #"<html><body><p>Hi</p><script src="/__safersite/reload.js" data-generation="7" defer></script>"# + "\n</BODY></html>")
    }

    @Test("a page without </body> gets the tag at the end")
    func noBody() {
        #expect(LiveReloadScript.inject(into: "<p>Hi</p>", generation: 1).hasSuffix("<p>Hi</p>" + LiveReloadScript.tag(generation: 1) + "\n"))
    }

    @Test("the script long-polls the events address, goes to the saved page when it is another, else reloads")
    func script() {
        #expect(LiveReloadScript.source.contains("/__safersite/events"))
        #expect(LiveReloadScript.source.contains("location.reload()"))
        // Only a path on this server: `//host/` and `/\host/` would take the browser elsewhere.
        for check in [#"body.page.charAt(0) === "/""#, #"body.page.charAt(1) !== "/""#, "body.page.charCodeAt(1) !== 92"] {
            #expect(LiveReloadScript.source.contains(check))
        }
        #expect(LiveReloadScript.source.contains("if (page !== null && page !== location.pathname) {\n            location.assign(page);"))
    }
}
