import Foundation
import Mustache
@testable import SaferSiteKit
import Testing

/// The include-loop check (`TemplateIncludeCheck`) follows the tags `TemplateTags` reads, while
/// swift-mustache renders the partials its own parser read: where the two disagree, a loop can
/// slip past the check and run the build out of stack. These tests hold the first to the second.
@Suite("Template tags against swift-mustache's parser")
struct TemplateTagsTests {
    /// The partials swift-mustache parsed in a compiled template, nested sections, blocks and a
    /// parent's overrides included, read from its tokens: `(name, picked by a value)`.
    static func parsedIncludes(_ value: Any) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            if child.label == "partial" || child.label == "dynamicNamePartial",
               let name = Mirror(reflecting: child.value).children.first?.value as? String {
                found.append((child.label == "dynamicNamePartial" ? "*" : "") + name)
            }
            found += parsedIncludes(child.value)
        }
        return found
    }

    /// Bits that open, close and confuse tags: delimiter changes, line breaks (CR LF is one
    /// character), combining marks, braces alone, comments, triple mustaches, blocks and parents.
    static let pieces = ["{{", "}}", "{{>a}}", "{{> b }}", "{{>*v}}", "{{#s}}", "{{/s}}", "{{^s}}", "{{<a}}", "{{/a}}",
                         "{{$b}}", "{{/b}}", "{{=<% %>=}}", "<%>a%>", "<%={{ }}=%>", "{{!c}}", "{{!>a}}", "{{{v}}}",
                         "{{&v}}", "{{v}}", "\n", "\r\n", "\r", " ", "\t", "x", "\u{301}", "{", "}", ">", "<%", "%>"]

    @Test("on 20,000 random templates swift-mustache compiles, the tags read are the partials it parsed")
    func againstParser() {
        ScalarHTMLContentType.registered
        var generator = SeededGenerator(seed: 41)
        var compared = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            // Compiled as the theme loader compiles it.
            guard let template = try? MustacheTemplate(string: ScalarHTMLContentType.pragma + "\n" + text) else { continue }
            compared += 1
            let read = TemplateTags(text).includes.map { ($0.dynamic ? "*" : "") + $0.name }
            #expect(read == Self.parsedIncludes(template), "\(text.debugDescription)")
        }
        #expect(compared > 2_000)
    }
}
