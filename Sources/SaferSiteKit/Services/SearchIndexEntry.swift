import TextSupport

/// What the search page knows about one page: enough to match and to show a result.
package struct SearchIndexEntry: Sendable, Hashable {
    /// The page's published address, e.g. `/projects/aspire/`, or `/community-safety/projects/aspire/`
    /// for a site published under that path (`SiteRoot`).
    package var url: String
    /// The page's title.
    package var title: String
    /// The page's summary, if it has one.
    package var summary: String?
    /// The text of its `##` and `###` headings.
    package var headings: [String]
    /// Its topic names.
    package var topics: [String]
    /// Its district, if any.
    package var district: String?
    /// The start of its body text, whitespace collapsed, cut at a word boundary: shown under
    /// the result when the page has no summary.
    package var text: String
    /// Every other word of its body, lower-cased, each once, in the order they first appear, so a
    /// search finds words deep in a long page without the index carrying the whole text.
    package var words: [String] {
        get { Self.words(in: wordText) }
        set { wordText = newValue.joined(separator: " ") }
    }
    /// `words`, one space between each, as the index stores them (a word has no space in it).
    var wordText: String

    /// Creates an entry.
    package init(url: String, title: String, summary: String? = nil, headings: [String] = [], topics: [String] = [],
                district: String? = nil, text: String = "", words: [String] = []) {
        self.url = url
        self.title = title
        self.summary = summary
        self.headings = headings
        self.topics = topics
        self.district = district
        self.text = text
        self.wordText = words.joined(separator: " ")
    }

    /// The words of a `wordText`: split at the space bytes, since a word may begin with a
    /// combining mark, which would make one character of the space before it.
    static func words(in wordText: String) -> [String] {
        wordText.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The entry as one compact JSON object, keys always in the same order, empty fields left out
    /// to keep the file small.
    package var json: String {
        var json = "{\"url\":"
        json.reserveCapacity(url.utf8.count + title.utf8.count + text.utf8.count + wordText.utf8.count + 200)
        JSONText.append(quoted: url, to: &json)
        func field(_ name: String, _ value: String) {
            json += ",\"" + name + "\":"
            JSONText.append(quoted: value, to: &json)
        }
        field("title", title)
        if let summary, !summary.isEmpty { field("summary", summary) }
        if !headings.isEmpty { json += ",\"headings\":" + JSONText.array(headings) }
        if !topics.isEmpty { json += ",\"topics\":" + JSONText.array(topics) }
        if let district, !district.isEmpty { field("district", district) }
        if !text.isEmpty { field("text", text) }
        // One string rather than an array: a space per word instead of `","`.
        if !wordText.isEmpty { field("words", wordText) }
        return json + "}"
    }
}
