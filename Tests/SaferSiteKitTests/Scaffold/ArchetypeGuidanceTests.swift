@testable import SaferSiteKit
import Foundation
import Testing

@Suite("Archetype guidance text")
struct ArchetypeGuidanceTests {
    @Test("the guidance is the body's text lines, split into sentences; front matter, headings and placeholders are not")
    func sentences() {
        let archetype = "---\ntitle: {{title}}\n# A comment. Not guidance.\n---\n\nSay what it does. Keep it short!\n\n## A heading\n\nWhy? Because.\n{{slug}} is here.\n"
        #expect(ArchetypeGuidance.sentences(ofArchetype: archetype) == ["Say what it does.", "Keep it short!", "Why?", "Because."])
    }

    @Test("each sentence is kept once, from the first archetype that has it")
    func once() {
        let files = ["a", "b"].map { SourceFile(path: "theme/archetypes/\($0).md", kind: .archetype, data: Data("---\n---\nSay it.\n".utf8)) }
        #expect(ArchetypeGuidance.sentences(in: files) == [ArchetypeGuidance(sentence: "Say it.", archetype: "theme/archetypes/a.md")])
    }
}
