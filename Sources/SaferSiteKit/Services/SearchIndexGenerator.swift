import Foundation
import FrontMatter
import TextSupport

/// Writes `/search-index.json`, which the search page's script (`/js/search.js`) fetches and
/// searches in the browser, so search works on plain static hosting.
///
/// The file is `{"version":1,"pages":[…]}`, one `SearchIndexEntry` per published page (not
/// drafts, not the 404 page, not the search page itself), in page order. Every string is escaped
/// so the file is inert (see `JSONText`).
///
/// The body is not stored whole. The search matches words (every term must occur somewhere), so
/// the entry keeps the first `leadLimit` characters as readable text for the result, and after
/// that only each word not already in the entry, once, up to `wordLimit` of them. On the
/// Oxfordshire site that finds every word of every page at about half the size of the full text;
/// cutting the text at 1,500 characters instead lost 30% of the matches.
package struct SearchIndexGenerator: ServiceGenerator {
    /// Where the index is written, inside the output folder.
    package static let path = "search-index.json"

    /// The most characters of body text kept as text.
    package var leadLimit: Int
    /// The most further distinct words kept per page.
    package var wordLimit: Int

    /// Creates the generator.
    package init(leadLimit: Int = 200, wordLimit: Int = 400) {
        self.leadLimit = leadLimit
        self.wordLimit = wordLimit
    }

    /// `search-index.json`.
    package func files(for site: Site, bodies: [RenderedMarkdown]) -> [OutputFile] {
        [file(forLines: lines(for: site, bodies: bodies))]
    }

    /// Each page's line of JSON, in page order; nil for a page not searched.
    func lines(for site: Site, bodies: [RenderedMarkdown]) -> [String?] {
        // Each entry is made into its line of JSON on the core that made it, so a large site's
        // entries are never all held at once beside their lines.
        ParallelMap.map(site.pages.count) { line(for: site.pages[$0], body: bodies[$0], root: site.settings.root) }
    }

    /// A page's line of JSON, its address from the site's `root`; nil when the page is not searched.
    func line(for page: Page, body: RenderedMarkdown, root: SiteRoot) -> String? {
        entry(for: page, body: body, root: root)?.json
    }

    /// `search-index.json` from its pages' lines (`lines(for:bodies:)`).
    func file(forLines lines: [String?]) -> OutputFile {
        OutputFile(path: Self.path, contents: .text(json(forLines: lines.compactMap { $0 })))
    }

    /// One entry per searchable page, in page order. `bodies[i]` belongs to `site.pages[i]`.
    package func entries(for site: Site, bodies: [RenderedMarkdown]) -> [SearchIndexEntry] {
        ParallelMap.map(site.pages.count) { index in
            entry(for: site.pages[index], body: bodies.indices.contains(index) ? bodies[index] : RenderedMarkdown(html: ""),
                  root: site.settings.root)
        }.compactMap { $0 }
    }

    /// A page's entry; nil when the page is not searched (a draft, the 404 page, the search page).
    /// Its `url` is the page's published address, which the search page links to as it is.
    func entry(for page: Page, body: RenderedMarkdown, root: SiteRoot = .top) -> SearchIndexEntry? {
        guard page.isPublished, !page.isSearchPage else { return nil }
        var entry = SearchIndexEntry(
            url: root.address(page.url),
            title: page.meta.title,
            summary: page.meta.summary,
            headings: body.headings.filter { $0.level == 2 || $0.level == 3 }.map { Self.collapsed($0.text) },
            topics: page.meta.topics,
            district: page.meta.district)
        let (lead, rest) = Self.lead(of: body.plainText, limit: leadLimit)
        entry.text = lead
        let known = [entry.title, entry.summary ?? "", entry.district ?? "", entry.text] + entry.headings + entry.topics
        entry.wordText = Self.newWordText(in: String(rest), besides: known, limit: wordLimit)
        return entry
    }

    /// What the index file's text starts with, puts between two pages' lines, and ends with.
    static let jsonHead = "{\"version\":1,\"pages\":[\n", jsonSeparator = ",\n", jsonTail = "\n]}\n"

    /// The index file's text, from its entries' lines (`line(for:body:)`), in page order:
    /// compact, one page per line so a diff of two builds reads well.
    ///
    /// The index is the largest file of a big site (16 MB at 10,000 pages), so it is made in one
    /// allocation of the right size rather than joined and then wrapped.
    func json(forLines lines: [String]) -> String {
        let (head, separator, tail) = (Self.jsonHead, Self.jsonSeparator, Self.jsonTail)
        var text = ""
        text.reserveCapacity(lines.reduce(head.utf8.count + tail.utf8.count + separator.utf8.count * max(0, lines.count - 1)) { $0 + $1.utf8.count })
        text += head
        for (index, line) in lines.enumerated() {
            if index > 0 { text += separator }
            text += line
        }
        text += tail
        return text
    }

    /// Text with runs of white space made one space, cut to at most `limit` characters at the
    /// last word boundary before it.
    package static func excerpt(_ text: String, limit: Int) -> String {
        lead(of: text, limit: limit).lead
    }

    /// The words of `text`, lower-cased, each once in the order first seen, leaving out any word
    /// of `known`; at most `limit`. A word is letters and digits, with inner hyphens and
    /// apostrophes kept (`anti-social`, `partnership’s`).
    package static func newWords(in text: String, besides known: [String], limit: Int) -> [String] {
        SearchIndexEntry.words(in: newWordText(in: text, besides: known, limit: limit))
    }

    /// `newWords`, one space between each: as the index stores them. The words' bytes go straight
    /// into the text, never made a `String` one by one (a large site has millions).
    static func newWordText(in text: String, besides known: [String], limit: Int) -> String {
        var seen = WordSet()
        for text in known { eachWord(in: text) { _ = seen.insert($0) } }
        guard limit > 0 else { return "" }
        var result: [UInt8] = []
        result.reserveCapacity(min(text.utf8.count, limit * 8))
        var count = 0
        eachWord(in: text) { word in
            if seen.insert(word) {
                if count > 0 { result.append(UInt8(ascii: " ")) }
                result.append(contentsOf: word)
                count += 1
            }
            return count < limit
        }
        return String(decoding: result, as: UTF8.self)
    }
}

// MARK: - Helpers

extension SearchIndexGenerator {
    static func collapsed(_ text: String) -> String {
        text.whitespaceSeparated().joined(separator: " ")
    }

    /// The text's lead, as `excerpt` makes it, and the rest of the text after the lead, as
    /// written. Only the start of the text is collapsed: the rest is only split into words, and
    /// white space parts words however much of it there is.
    static func lead(of text: String, limit: Int) -> (lead: String, rest: Substring) {
        var collapsed = ""
        // Each token taken, with the collapsed text's length in bytes once it is added.
        var taken: [(token: Substring, length: Int)] = []
        for token in String.WhitespaceTokens(text) {
            if !taken.isEmpty { collapsed += " " }
            collapsed += token
            taken.append((token, collapsed.utf8.count))
            // Past `limit` characters the cut is settled: later text cannot change the lead.
            if collapsed.utf8.count > limit && collapsed.count > limit { break }
        }
        let lead = cut(collapsed, limit: limit)
        // The lead ends at a character boundary of the collapsed text: find that place in `text`.
        let leadBytes = lead.utf8.count
        var tokenStart = 0
        for (token, length) in taken {
            if leadBytes <= length {
                return (lead, text[text.utf8.index(token.startIndex, offsetBy: max(0, leadBytes - tokenStart))...])
            }
            tokenStart = length + 1
        }
        return (lead, text[(taken.last?.token.endIndex ?? text.endIndex)...])
    }

    /// Collapsed text cut to at most `limit` characters at the last word boundary before it.
    static func cut(_ words: String, limit: Int) -> String {
        // Only the first `limit + 1` characters are looked at: the text can be long.
        guard words.utf8.count > limit,
              let end = words.index(words.startIndex, offsetBy: limit, limitedBy: words.endIndex),
              end < words.endIndex else { return words }
        let cut = words[..<end]
        guard let space = cut.lastIndex(of: " ") else { return String(cut) }
        return String(cut[..<space])
    }

    /// Runs of letters, digits and inner joiners (`-`, `'`, `’`), lower-cased, joiners trimmed
    /// from both ends.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        eachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with each word of `text`, as `words` makes them, in UTF-8, until it returns
    /// false. One pass over the scalars, lower-casing as it goes; a word is copied only when
    /// lower-casing changed it (`WordScanner`), and no word is made a `String` unless `body` does.
    static func eachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = WordScanner(text: bytes)
            var index = 0
            while index < bytes.count {
                // Lower-case ASCII letters and digits are letters that stand in the text as they
                // are: a run of them is taken at once, one comparison a byte (issue 23: 7.6% of a
                // 10,000-page build's CPU against taking them one by one).
                var runEnd = index
                while runEnd < bytes.count, bytes[runEnd] &- 0x61 < 26 || bytes[runEnd] &- 0x30 < 10 { runEnd += 1 }
                if runEnd > index {
                    scanner.takeLetters(standingAt: index..<runEnd)
                    index = runEnd
                    continue
                }
                let (scalar, length) = bytes.scalar(at: index)
                let source = index..<index + length
                index += length
                // An ASCII capital's lower case is 32 on, and no other ASCII scalar changes: asking
                // the Unicode tables instead made the search index 10 times slower (issue 23).
                if scalar.value &- 0x41 < 26 {
                    if scanner.take(Unicode.Scalar(UInt8(scalar.value) + 32), standingAt: nil), !scanner.handOver(body) { return }
                } else if scalar.isASCII || !scalar.properties.changesWhenLowercased {
                    if scanner.take(scalar, standingAt: source), !scanner.handOver(body) { return }
                } else {
                    for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                        if scanner.take(lowered, standingAt: nil), !scanner.handOver(body) { return }
                    }
                }
            }
            if scanner.end() { _ = scanner.handOver(body) }
        }
    }

    /// `eachWord` for a body that reads every word.
    static func eachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        eachWord(in: text) { body($0); return true }
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "’"
    }
}

/// Gathers the words of lower-cased scalars, as `SearchIndexGenerator.words` describes; a struct
/// rather than closures so its state stays in registers, not in boxes on the heap.
///
/// A word whose scalars all stand in the text as they are (most words: already in lower case) is
/// handed over as a slice of the text and never copied; the first scalar that lower-casing
/// changed copies the word so far into `word`, which then gathers the rest. Handing words over
/// from the text was worth 7.6% of a 10,000-page build's CPU (issue 23).
///
/// `take` returns true when the scalar ended a word, which `handOver` then hands over and clears.
private struct WordScanner {
    /// The UTF-8 of the text being scanned.
    private let text: UnsafeBufferPointer<UInt8>
    /// Where the word starts in `text` while it is the text as it stands; nil when no word is
    /// being gathered or it has been copied into `word`.
    private var start: Int?
    /// The word, once lower-casing changed one of its scalars.
    private var word: [UInt8] = []
    /// The word's length in bytes without the joiners after its last letter.
    private var length = 0
    /// The word's length in bytes with them.
    private var taken = 0

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        word.reserveCapacity(64)
    }

    /// Takes the next lower-cased scalar; `source` is where it stands in the text, or nil when
    /// lower-casing changed it.
    mutating func take(_ scalar: Unicode.Scalar, standingAt source: Range<Int>?) -> Bool {
        // No ASCII scalar is a mark: asking the Unicode tables about each space and comma cost more
        // than the rest of the scan.
        if String.isLetterOrDigit(scalar) || (!scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark) {
            append(scalar, standingAt: source)
            length = taken
        } else if SearchIndexGenerator.isJoiner(scalar) {
            // A joiner before any letter is dropped; after one, kept until the word goes on.
            if length > 0 { append(scalar, standingAt: source) }
        } else if taken > 0 {
            return end()
        }
        return false
    }

    /// Takes letters that stand in the text as they are, at `source`.
    mutating func takeLetters(standingAt source: Range<Int>) {
        append(standingAt: source)
        length = taken
    }

    /// Ends the word being gathered: true when it has a letter or digit, to be handed over.
    mutating func end() -> Bool {
        if length > 0 { return true }
        clear()
        return false
    }

    /// Hands the ended word to `body` and starts the next; returns what `body` returned.
    mutating func handOver(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let goOn = if let start {
            body(UnsafeBufferPointer(rebasing: text[start..<start + length]))
        } else {
            word.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<length])) }
        }
        clear()
        return goOn
    }

    private mutating func clear() {
        start = nil
        word.removeAll(keepingCapacity: true)
        length = 0
        taken = 0
    }

    private mutating func append(_ scalar: Unicode.Scalar, standingAt source: Range<Int>?) {
        if let source { return append(standingAt: source) }
        copyWord()
        if scalar.isASCII {
            word.append(UInt8(scalar.value))  // most scalars: one byte, without the encoder's closure
        } else {
            UTF8.encode(scalar) { word.append($0) }
        }
        taken = word.count
    }

    /// Appends scalars that stand in the text as they are, at `source`.
    private mutating func append(standingAt source: Range<Int>) {
        if taken == 0 {
            start = source.lowerBound  // a new word, as the text has it
            taken = source.count
        } else if let start, source.lowerBound == start + taken {
            taken += source.count  // the word goes on as the text has it
        } else {
            copyWord()
            word.append(contentsOf: text[source])
            taken = word.count
        }
    }

    /// Copies the word so far into `word`, once lower-casing changed one of its scalars; from
    /// there the word is gathered in `word`.
    private mutating func copyWord() {
        guard let start else { return }
        word.append(contentsOf: text[start..<start + taken])
        self.start = nil
    }
}
