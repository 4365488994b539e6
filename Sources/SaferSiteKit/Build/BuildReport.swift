/// What a build did: its findings and what it made.
public struct BuildReport: Sendable {
    /// Every finding, in display order.
    public var diagnostics: [Diagnostic] {
        get { findings.all }
        set { findings = BuildFindings(newValue) }
    }
    /// Every finding, in display order, as counted and printed.
    public var findings: BuildFindings
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

    /// A report of findings made by the build.
    init(diagnostics: [Diagnostic], pageCount: Int, sectionCount: Int, files: [OutputFile], wroteOutput: Bool, strict: Bool) {
        findings = BuildFindings(diagnostics)
        self.pageCount = pageCount
        self.sectionCount = sectionCount
        self.files = files
        self.wroteOutput = wroteOutput
        self.strict = strict
    }

    /// Whether the site failed: any error, or with `strict` any warning.
    public var failed: Bool { errorCount > 0 || (strict && warningCount > 0) }
    /// How many findings are warnings.
    public var warningCount: Int { findings.count(of: .warning) }
    /// How many findings are errors.
    public var errorCount: Int { findings.count(of: .error) }
}
