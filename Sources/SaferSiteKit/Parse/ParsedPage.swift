/// A page file after its front matter has been read: the input to assembling the site.
package struct ParsedPage: Sendable {
    /// The file's path relative to the source folder.
    package var source: String
    /// Its path inside `content/`.
    package var contentPath: String
    /// Home, section index or page.
    package var kind: SourceFile.Kind
    /// The checked front matter.
    package var meta: PageMetadata
    /// The Markdown body.
    package var body: String
    /// The file line the body starts on.
    package var bodyFirstLine: Int
    /// Whether the page is on the site today, from its `publish_date` and `expiry_date`.
    package var schedule: Schedule = .published
    /// Whether the page's front matter could not be read: it stands in for the page, titled by
    /// its path, so that nothing else reports it missing.
    package var frontMatterFailed = false

    /// Creates a parsed page.
    package init(source: String, contentPath: String, kind: SourceFile.Kind, meta: PageMetadata, body: String, bodyFirstLine: Int) {
        self.source = source
        self.contentPath = contentPath
        self.kind = kind
        self.meta = meta
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}
