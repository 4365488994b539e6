import Foundation
@testable import SaferSiteKit
import Testing
import TextSupport

/// `search-index.json`: fields, which pages, trimming, and escaping that keeps the file inert.
@Suite("Search index")
struct SearchIndexGeneratorTests {
    typealias F = ServiceFixtures

    static func heading(_ text: String, level: Int) -> Heading {
        Heading(level: level, text: text, id: "h", line: 1)
    }

    let site = F.site([
        F.page("/", title: "Home", kind: .home),
        F.page("/projects/aspire/", title: "ASPIRE", summary: "Helping people leave crime behind.", topics: ["reoffending"], district: "oxfordshire"),
        F.page("/search/", title: "Search", layout: "search"),
        F.page("/404.html", title: "Not found", layout: "404"),
        F.page("/draft/", title: "Draft", draft: true),
    ], baseURL: "")

    let bodies = [
        RenderedMarkdown(html: "", plainText: "Welcome."),
        RenderedMarkdown(html: "", headings: [heading("Outcomes", level: 2), heading("Detail", level: 4), heading("Who  we\nhelp", level: 3)],
                         plainText: "Outcomes\n\nASPIRE   works with\tadults."),
        RenderedMarkdown(html: ""), RenderedMarkdown(html: ""), RenderedMarkdown(html: ""),
    ]

    /// The index parsed back as a consumer would.
    func pages(_ site: Site? = nil, bodies: [RenderedMarkdown]? = nil) throws -> [[String: Any]] {
        let text = try #require(F.onlyText(SearchIndexGenerator().files(for: site ?? self.site, bodies: bodies ?? self.bodies), path: "search-index.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        return try #require(object["pages"] as? [[String: Any]])
    }

    @Test("every published page but the search page; written even without a base URL")
    func whichPages() throws {
        #expect(try pages().compactMap { $0["url"] as? String } == ["/", "/projects/aspire/"])
    }

    @Test("fields: title, summary, h2/h3 headings, topics, district, whitespace-collapsed text")
    func fields() throws {
        let aspire = try pages()[1]
        #expect(aspire["title"] as? String == "ASPIRE")
        #expect(aspire["summary"] as? String == "Helping people leave crime behind.")
        #expect(aspire["headings"] as? [String] == ["Outcomes", "Who we help"])
        #expect(aspire["topics"] as? [String] == ["reoffending"])
        #expect(aspire["district"] as? String == "oxfordshire")
        #expect(aspire["text"] as? String == "Outcomes ASPIRE works with adults.")
    }

    @Test("past the lead, the body is kept as each new word once, lower-cased, in order, without words the entry already has")
    func words() throws {
        let long = "ASPIRE helps adults. " + String(repeating: "More text here. ", count: 20) + "Anti-social Behaviour, the partnership’s SHOPLIFTING work; shoplifting again – 'quoted' 2014-15."
        let site = F.site([F.page("/a/", title: "Adults", summary: "Helping.", topics: ["reoffending"])], baseURL: "")
        let body = RenderedMarkdown(html: "", plainText: long)
        let entry = try #require(SearchIndexGenerator(leadLimit: 40).entries(for: site, bodies: [body]).first)
        #expect(entry.text == "ASPIRE helps adults. More text here.")
        #expect(entry.words == ["anti-social", "behaviour", "the", "partnership’s", "shoplifting", "work", "again", "quoted", "2014-15"])
        #expect(entry.json.hasSuffix(#","words":"anti-social behaviour the partnership’s shoplifting work again quoted 2014-15"}"#))
    }

    @Test("at most the word limit of further words")
    func wordLimit() {
        #expect(SearchIndexGenerator.newWords(in: "a b c d a e", besides: ["B"], limit: 3) == ["a", "c", "d"])
    }

    @Test("empty fields are left out, keys are in a fixed order")
    func compact() throws {
        let text = try #require(F.onlyText(SearchIndexGenerator().files(for: site, bodies: bodies), path: "search-index.json"))
        #expect(text.contains(#"{"url":"/","title":"Home","text":"Welcome."}"#))
        #expect(text.contains(#"{"url":"/projects/aspire/","title":"ASPIRE","summary":"#))
    }

    @Test("body text is cut at a word boundary within the limit",
          arguments: [("one two three", 100, "one two three"), ("one two three", 9, "one two"), ("onetwothree", 5, "onetw"), ("a  b", 3, "a b")])
    func excerpt(text: String, limit: Int, expected: String) {
        #expect(SearchIndexGenerator.excerpt(text, limit: limit) == expected)
    }

    @Test("strings are escaped so the file is inert, and parse back to exactly what was written",
          arguments: ["</script><script>alert(1)</script>", "He said \"hi\" \\ 'bye'", "A & B <!-- c -->",
                      "line\u{2028}para\u{2029}end", "evil\u{202E}txt.exe", "tab\tnul\u{0}bell\u{7}", "Café 🚓 Ŵ"])
    func escaping(value: String) throws {
        let site = F.site([F.page("/x/", title: value, summary: value, topics: [value], district: value)], baseURL: "")
        let body = RenderedMarkdown(html: "", headings: [Self.heading(value, level: 2)], plainText: "")
        let text = try #require(F.onlyText(SearchIndexGenerator().files(for: site, bodies: [body]), path: "search-index.json"))
        for raw in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{202E}", "\u{0}", "\u{7}"] {
            #expect(!text.contains(raw), "raw \(raw.unicodeScalars.first!.value) in the file")
        }
        let page = try #require(try pages(site, bodies: [body]).first)
        #expect(page["title"] as? String == value)
        #expect(page["summary"] as? String == value)
        #expect(page["topics"] as? [String] == [value])
        #expect(page["district"] as? String == value)
    }

    @Test("the escapes are the ones JavaScript's JSON.parse reads back")
    func escapeSpelling() {
        #expect(JSONText.quoted("</script>&\u{2028}\u{202E}\"\\\n") == #""\u003c/script\u003e\u0026\u2028\u202e\"\\\n""#)
    }

    @Test("escaping works scalar by scalar: a mark after a quote, and text around escapes, come out once and in order")
    func escapesInsideCharacters() throws {
        let text = "a\"\u{301}b<\u{301}c\u{202E}d é"
        let quoted = JSONText.quoted(text)
        #expect(quoted == "\"a\\\"\u{301}b\\u003c\u{301}c\\u202ed é\"")
        let decoded = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
    }

    @Test("the lead and the rest, taken without collapsing the whole text, are what collapsing it all gives")
    func leadAndRest() {
        let pieces = ["word", "Two", "é", "e\u{301}", "\u{301}", "😀", "anti-social", " ", "  ", "\n", "\t", "\u{A0}", "\u{2003}", "\r\n", ".", "’"]
        var generator = SeededGenerator(seed: 8)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let limit = Int.random(in: 0...30, using: &generator)
            let (lead, rest) = SearchIndexGenerator.lead(of: text, limit: limit)
            // The whole text collapsed, cut, and the rest after the lead's bytes, as it was done before.
            let collapsed = SearchIndexGenerator.collapsed(text)
            let expectedLead = SearchIndexGenerator.cut(collapsed, limit: limit)
            let expectedRest = String(Substring(collapsed.utf8.dropFirst(expectedLead.utf8.count)))
            #expect(lead == expectedLead, "\(text.debugDescription) \(limit)")
            #expect(SearchIndexGenerator.words(String(rest)) == SearchIndexGenerator.words(expectedRest), "\(text.debugDescription) \(limit)")
        }
    }

    @Test("words are lower-cased scalar by scalar, joiners trimmed, marks kept; the lead is a character prefix")
    func wordsAndLead() {
        #expect(SearchIndexGenerator.newWords(in: "-Anti-Social’ ÉCOLE ’twas 'x' İ a--b -- é\u{301}", besides: [], limit: 20)
            == ["anti-social", "école", "twas", "x", "i\u{307}", "a--b", "é\u{301}"])
        #expect(SearchIndexGenerator.excerpt("  one   two\nthree  ", limit: 8) == "one two")
        #expect(SearchIndexGenerator.excerpt("é\u{301}é\u{301} x", limit: 2) == "é\u{301}é\u{301}")
    }

    @Test("words lower-cased with the ASCII shortcut are the words read through the Unicode tables, on random text")
    func wordsAgreeWithScalarReading() {
        let pieces = ["word", "Word", "WORD", "42", "x", "é", "É", "e\u{301}", "\u{301}", "İ", "ß", "\u{212A}", "😀", "-", "'", "’", "--",
                      " ", "\n", ".", ",", "\u{A0}", "a-b", "Anti-Social", "it's", "don’t", "2014-15", "<", "\""]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // Compared as bytes: `String` equality would take "é" and "e\u{301}" for the same word.
            let expected = Self.wordsScalarByScalar(text).map { Array($0.utf8) }
            #expect(SearchIndexGenerator.words(text).map { Array($0.utf8) } == expected, "\(text.debugDescription)")
            let limit = Int.random(in: 1...6, using: &generator)
            var unique: [[UInt8]] = []
            for word in expected where !unique.contains(word) && unique.count < limit { unique.append(word) }
            let found = SearchIndexGenerator.newWords(in: text, besides: [], limit: limit)
            #expect(found.map { Array($0.utf8) } == unique, "\(text.debugDescription) \(limit)")
        }
    }

    /// The words of `text` as `SearchIndexGenerator.words` describes them, read one lower-cased
    /// scalar at a time: letters, digits and marks, with joiners kept only between them.
    static func wordsScalarByScalar(_ text: String) -> [String] {
        var words: [String] = [], word = "", joiners = ""
        for scalar in text.unicodeScalars {
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                let properties = lowered.properties
                if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                    word += joiners
                    joiners = ""
                    word.unicodeScalars.append(lowered)
                } else if "-'’".unicodeScalars.contains(lowered) {
                    if !word.isEmpty { joiners.unicodeScalars.append(lowered) }
                } else {
                    if !word.isEmpty { words.append(word) }
                    (word, joiners) = ("", "")
                }
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    @Test("the file is the lines joined, one page to a line, whatever their number and characters",
          arguments: [[], ["{\"url\":\"/\"}"], ["{\"a\":1}", "{\"t\":\"Witney – café\"}", "{}"]])
    func fileFromLines(lines: [String]) {
        let expected = "{\"version\":1,\"pages\":[\n" + lines.joined(separator: ",\n") + "\n]}\n"
        #expect(SearchIndexGenerator().json(forLines: lines) == expected)
    }
}
