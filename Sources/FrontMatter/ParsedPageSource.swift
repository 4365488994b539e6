import Diagnostics

/// A page split into its front matter and its Markdown body.
public struct ParsedPageSource: Sendable {
    /// The top-level `key: value` entries in the order written; empty when there is no front matter
    /// or it has errors that leave nothing to read.
    public var frontMatter: [FrontMatterEntry]
    /// Whether the page starts with a `---` line.
    public var hasFrontMatter: Bool
    /// 1-based line of the opening `---`, or 0 when there is none.
    public var frontMatterLine: Int
    /// The Markdown after the closing `---` line: byte order mark removed, CRLF and lone CR turned into LF.
    public var body: String
    /// 1-based line of the file where the body starts, to add to the Markdown parser's line numbers.
    public var bodyFirstLine: Int
    /// Problems found in the front matter.
    public var diagnostics: [Diagnostic]

    /// Creates a parsed page.
    public init(
        frontMatter: [FrontMatterEntry], hasFrontMatter: Bool, frontMatterLine: Int,
        body: String, bodyFirstLine: Int, diagnostics: [Diagnostic]
    ) {
        self.frontMatter = frontMatter
        self.hasFrontMatter = hasFrontMatter
        self.frontMatterLine = frontMatterLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.diagnostics = diagnostics
    }
}
