import FrontMatter

/// The guidance an archetype's body gives (`Say what the project does...`): every line of its
/// body that is not a heading, a blank line or a `{{placeholder}}`. `safersite new` copies it into
/// the page for the author to replace; `PlaceholderTextRule` warns about any sentence of it still
/// there, so the sentences come from the archetypes themselves and an archetype's author marks
/// nothing: the text under an archetype's headings is guidance by being there.
package struct ArchetypeGuidance: Sendable, Hashable {
    /// One sentence of guidance, as written.
    package var sentence: String
    /// The archetype it comes from (`theme/archetypes/project.md`).
    package var archetype: String

    /// Creates a guidance sentence.
    package init(sentence: String, archetype: String) {
        self.sentence = sentence
        self.archetype = archetype
    }

    /// Every guidance sentence of the archetypes, each once (the first archetype's, in path order).
    package static func sentences(in archetypes: [SourceFile]) -> [ArchetypeGuidance] {
        var seen: Set<String> = []
        return archetypes.flatMap { file in
            sentences(ofArchetype: String(decoding: file.data, as: UTF8.self)).compactMap { sentence in
                seen.insert(sentence).inserted ? ArchetypeGuidance(sentence: sentence, archetype: file.path) : nil
            }
        }
    }

    /// The guidance sentences of one archetype's text: its body's text lines split after each
    /// `.`, `?` or `!` that ends a sentence.
    package static func sentences(ofArchetype text: String) -> [String] {
        // The body as a page's is split from its front matter (fences, line endings, byte order mark).
        let body = FrontMatterParser.parsePage(text, file: "").body
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmed() }
        return lines.filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.contains("{{") }.flatMap(split)
    }
}

// MARK: - Helpers

private extension ArchetypeGuidance {
    static func split(_ line: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in line {
            if character == " ", let end = previous, ".?!".contains(end) {
                sentences.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        sentences.append(current)
        return sentences.map { $0.trimmed() }.filter { !$0.isEmpty }
    }
}
