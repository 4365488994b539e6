/// A page file after its front matter has been read: the input to assembling the site.
public struct ParsedPage: Sendable {
    /// The file's path relative to the source folder.
    public var source: String
    /// Its path inside `content/`.
    public var contentPath: String
    /// Home, section index or page.
    public var kind: SourceFile.Kind
    /// The checked front matter.
    public var meta: PageMetadata
    /// The Markdown body.
    public var body: String
    /// The file line the body starts on.
    public var bodyFirstLine: Int

    /// Creates a parsed page.
    public init(source: String, contentPath: String, kind: SourceFile.Kind, meta: PageMetadata, body: String, bodyFirstLine: Int) {
        self.source = source
        self.contentPath = contentPath
        self.kind = kind
        self.meta = meta
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}
