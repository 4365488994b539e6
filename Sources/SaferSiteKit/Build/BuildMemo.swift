import Diagnostics
import Foundation
import FrontMatter

/// What one build into memory leaves for the next to reuse: the stages' results, kept by the
/// driver (`SiteBuilder`), never seen by a stage.
///
/// `safersite serve` keeps one for its whole run and hands it to every build. A build given a
/// memo reads again only the files whose stamp (size, times, inode) changed, and when nothing
/// but page bodies changed, it renders, checks and writes out again only those pages, reusing
/// the rest of the last build (`SiteBuilder+Memo.swift`; docs/serve.md). Any other change makes
/// it build from the files, as without a memo, and remember that build instead.
public final class BuildMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var state: MemoState?

    /// An empty memo: the first build given it builds everything.
    public init() {}

    /// Runs `build` with the last remembered build (nil when there is none), which it may let
    /// go of or replace. One build at a time uses a memo.
    func remembering(_ build: (inout MemoState?) throws -> BuildReport) rethrows -> BuildReport {
        try lock.withLock { try build(&state) }
    }

    /// The page files the last build went through the stages again alone, reusing the rest;
    /// nil when it built everything from the files (or none is remembered).
    var rebuiltPages: [String]? { lock.withLock { state?.rebuiltPages } }
}

/// What a build into memory made, stage by stage, kept for the next build to compare its
/// inputs with and reuse.
struct MemoState: Sendable {
    /// The options that decide the result besides the files (a change to any builds afresh).
    let options: MemoOptions
    /// Each file's stamp when it was read, by its path relative to the source folder.
    let stamps: [String: FileStamp]
    /// Every file read.
    let tree: SourceTree
    /// What the parse stage reported, in order.
    let parseFindings: [Diagnostic]
    /// What the assemble stage reported, in order.
    let assembleFindings: [Diagnostic]
    /// What the services stage reported (images that could not be decoded), in order: the
    /// images' files come from the assets and front matter alone, never from the bodies.
    let servicesFindings: [Diagnostic]
    /// The site (its pages' Markdown let go).
    let site: Site
    /// What links were resolved against: every page's address and every asset.
    let links: LinkResolver
    /// Every page's body, without its text (`RenderedMarkdown.withoutText`).
    let bodies: [RenderedMarkdown]
    /// Every page's line of the search index.
    let searchLines: [String?]
    /// The files beside the pages.
    let extraFiles: ExtraFiles
    /// The check stage's findings, by where they come from.
    let checks: CheckFindings
    /// The render stage, holding every page's template context.
    let render: RenderStage
    /// Every file the build made, sorted by path.
    let files: [OutputFile]
    /// The findings, as reported and as shown, file by file.
    let findings: FindingsByFile
    /// Where each page is published (`BuildReport.pageAddresses`), from front matter alone.
    let pageAddresses: [String: String]
    /// The page files this build went through the stages again alone; nil when it built everything.
    let rebuiltPages: [String]?

    init(options: BuildOptions, stamps: [String: FileStamp], tree: SourceTree, parseFindings: [Diagnostic], assembleFindings: [Diagnostic],
         servicesFindings: [Diagnostic], site: Site, links: LinkResolver, bodies: [RenderedMarkdown], searchLines: [String?],
         extraFiles: ExtraFiles, checks: CheckFindings, render: RenderStage, files: [OutputFile], findings: FindingsByFile,
         pageAddresses: [String: String], rebuiltPages: [String]? = nil) {
        self.options = MemoOptions(options)
        self.stamps = stamps
        self.tree = tree
        self.parseFindings = parseFindings
        self.assembleFindings = assembleFindings
        self.servicesFindings = servicesFindings
        self.site = site
        self.links = links
        self.bodies = bodies
        self.searchLines = searchLines
        self.extraFiles = extraFiles
        self.checks = checks
        self.render = render
        self.files = files
        self.findings = findings
        self.pageAddresses = pageAddresses
        self.rebuiltPages = rebuiltPages
    }
}

/// The build options that decide a build's result besides the source files.
struct MemoOptions: Equatable, Sendable {
    let source: String
    let theme: String?
    let usesBundledTheme: Bool
    let includeDrafts: Bool
    let includeScheduled: Bool
    let baseURL: String?
    let strict: Bool
    let today: FrontMatterDate

    init(_ options: BuildOptions) {
        source = options.source.standardizedFileURL.path
        theme = options.theme?.standardizedFileURL.path
        usesBundledTheme = options.usesBundledTheme
        includeDrafts = options.includeDrafts
        includeScheduled = options.includeScheduled
        baseURL = options.baseURL
        strict = options.strict
        today = options.today
    }
}

/// What `stat` says of a file, enough to tell that it has not changed since it was read: an
/// editor's save changes its modification time (to the nanosecond) or its inode, a new hard
/// link or a change of mode its change time.
struct FileStamp: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    /// Modification time, seconds and nanoseconds.
    let modified: (seconds: Int64, nanoseconds: Int64)
    /// Change time (of the inode: links, mode), seconds and nanoseconds.
    let changed: (seconds: Int64, nanoseconds: Int64)

    /// The stamp of the file at `path`, or nil when it cannot be looked at.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = (Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec))
        changed = (Int64(status.st_ctim.tv_sec), Int64(status.st_ctim.tv_nsec))
    }

    static func == (a: FileStamp, b: FileStamp) -> Bool {
        (a.device, a.inode, a.size) == (b.device, b.inode, b.size) && a.modified == b.modified && a.changed == b.changed
    }
}

/// A build's findings file by file: as reported, and as shown (each file's findings sorted,
/// each once, with their source lines).
///
/// Findings are shown sorted by place, file first, so the whole list is each file's list in
/// file order, and a file's list depends only on its own findings and its own text: a build
/// that changed a few files' findings makes only those files' lists again.
struct FindingsByFile: Sendable {
    /// Each file's findings as reported, in the order reported.
    private let reported: [String: [Diagnostic]]
    /// Each file's findings as shown.
    private let shown: [String: [Diagnostic]]
    /// Every finding as shown, in display order: what `DiagnosticCollector.finished` gives.
    let all: [Diagnostic]

    /// The findings of `reported`, with source lines from `sources`; a file's list is taken from
    /// `previous` when its findings are the same as then and its text is not among `changedFiles`.
    init(_ reported: [Diagnostic], sources: SourceTree, previous: FindingsByFile? = nil, changedFiles: Set<String> = []) {
        let byFile = Dictionary(grouping: reported, by: \.location.file)
        let files = byFile.keys.sorted()
        var shown: [String: [Diagnostic]] = [:]
        shown.reserveCapacity(files.count)
        var fresh: [String] = []
        for file in files {
            if let previous, !changedFiles.contains(file), let before = previous.shown[file], previous.reported[file] == byFile[file] {
                shown[file] = before
            } else {
                fresh.append(file)
            }
        }
        // Made in one go: the source lines are read file by file on every core.
        let made = DiagnosticCollector.withSourceLines(fresh.flatMap { byFile[$0]!.uniqueSortedForDisplay() }, from: sources)
        var start = 0
        for file in fresh {
            let count = made[start...].prefix { $0.location.file == file }.count
            shown[file] = Array(made[start..<start + count])
            start += count
        }
        self.reported = byFile
        self.shown = shown
        self.all = files.flatMap { shown[$0]! }
    }
}
