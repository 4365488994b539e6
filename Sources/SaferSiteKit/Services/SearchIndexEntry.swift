/// What the search page knows about one page: enough to match and to show a result.
public struct SearchIndexEntry: Sendable, Hashable {
    /// The site-relative URL, e.g. `/projects/aspire/`.
    public var url: String
    /// The page's title.
    public var title: String
    /// The page's summary, if it has one.
    public var summary: String?
    /// The text of its `##` and `###` headings.
    public var headings: [String]
    /// Its topic names.
    public var topics: [String]
    /// Its district, if any.
    public var district: String?
    /// The start of its body text, whitespace collapsed, cut at a word boundary: shown under
    /// the result when the page has no summary.
    public var text: String
    /// Every other word of its body, lower-cased, each once, in the order they first appear, so a
    /// search finds words deep in a long page without the index carrying the whole text.
    public var words: [String]

    /// Creates an entry.
    public init(url: String, title: String, summary: String? = nil, headings: [String] = [], topics: [String] = [],
                district: String? = nil, text: String = "", words: [String] = []) {
        self.url = url
        self.title = title
        self.summary = summary
        self.headings = headings
        self.topics = topics
        self.district = district
        self.text = text
        self.words = words
    }

    /// The entry as one compact JSON object, keys always in the same order, empty fields left out
    /// to keep the file small.
    public var json: String {
        var fields = ["\"url\":" + JSONText.quoted(url), "\"title\":" + JSONText.quoted(title)]
        if let summary, !summary.isEmpty { fields.append("\"summary\":" + JSONText.quoted(summary)) }
        if !headings.isEmpty { fields.append("\"headings\":" + JSONText.array(headings)) }
        if !topics.isEmpty { fields.append("\"topics\":" + JSONText.array(topics)) }
        if let district, !district.isEmpty { fields.append("\"district\":" + JSONText.quoted(district)) }
        if !text.isEmpty { fields.append("\"text\":" + JSONText.quoted(text)) }
        // One string rather than an array: a space per word instead of `","`.
        if !words.isEmpty { fields.append("\"words\":" + JSONText.quoted(words.joined(separator: " "))) }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
