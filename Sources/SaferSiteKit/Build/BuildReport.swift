import Diagnostics

/// What a build did: its findings and what it made.
public struct BuildReport: Sendable {
    /// Every finding, in display order, each showing its source line.
    public var diagnostics: [Diagnostic]
    /// Pages built (section pages included).
    public var pageCount: Int
    /// Sections, the top level included.
    public var sectionCount: Int
    /// Files made, sorted by path, when the build kept them in memory rather than writing them
    /// (the preview); empty otherwise.
    public var files: [OutputFile] = []
    /// Whether the output was written.
    public var wroteOutput = false
    /// Whether warnings fail the build as errors do (`--strict`).
    public var strict: Bool
    /// Each page file's address, by its path in the source folder (`content/projects/aspire.md`
    /// → `/projects/aspire/`), a page whose front matter failed included: the preview links
    /// findings to their pages and opens the page just saved. Filled by a build into memory that
    /// keeps its pages (the preview's), whether or not it failed; empty for any other.
    public var pageAddresses: [String: String] = [:]
    /// The path on its host the site is published under (`base_url`'s path): `/`, or
    /// `/community-safety/`. Every address in the site's pages starts with it.
    public var rootPath = "/"

    /// A report of a build's findings.
    init(diagnostics: [Diagnostic], pageCount: Int, sectionCount: Int, strict: Bool) {
        self.diagnostics = diagnostics
        self.pageCount = pageCount
        self.sectionCount = sectionCount
        self.strict = strict
    }

    /// Whether the site failed: any error, or with `strict` any warning.
    public var failed: Bool { errorCount > 0 || (strict && warningCount > 0) }
    /// How many findings are warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    /// How many findings are errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
}
