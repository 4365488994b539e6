/// What a build did: its findings and what it made.
public struct BuildReport: Sendable {
    /// Every finding, in display order.
    public var diagnostics: [Diagnostic]
    /// Pages built (section pages included).
    public var pageCount: Int
    /// Sections, the top level included.
    public var sectionCount: Int
    /// Files made (pages, static files, data downloads).
    public var files: [OutputFile]
    /// Whether the output was written.
    public var wroteOutput: Bool
    /// Whether warnings fail the build as errors do (`--strict`).
    public var strict = false
    /// What the build cache saved, when the build used one.
    public var cacheReuse: CacheReuse?
    /// What the build worked with (`BuildMemory`): the preview keeps it for its next build,
    /// which can then redo only an edited page (only when the pages were kept in memory rather
    /// than written); `safersite build` leaves it to the end of the process rather than free it.
    var memory: BuildMemory?
    /// Whether this build redid only one edited page's body (`BuildMemory.rebuild`).
    public var redidOnePage = false

    /// Whether the site failed: any error, or with `strict` any warning.
    public var failed: Bool { diagnostics.hasErrors || (strict && warningCount > 0) }
    /// How many findings are warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    /// How many findings are errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
}
