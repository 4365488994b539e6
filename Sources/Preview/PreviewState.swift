import Diagnostics
import Foundation
import SaferSiteKit

/// What the preview serves at one moment: the last good site, the findings of the latest build,
/// and which page the change that caused it was to.
public struct PreviewState: Sendable {
    /// The last good build's files, by site path (`about/index.html`); empty until a build succeeds.
    /// Kept as the build made them (text or bytes): a page is turned into bytes only when asked for.
    public var files: [String: OutputFile.Contents]
    /// Counts every finished build, good or failed, so open pages know when to reload.
    public var generation: Int
    /// The latest build's findings: its errors and warnings when it failed, its warnings when it
    /// built (a strict publish refuses those, so the browser shows them too).
    public var problems: [Diagnostic]
    /// Why the latest build could not run at all (a missing folder), when that happened.
    public var failure: String?
    /// Whether the latest build failed, so pages are the last good ones with its problems over them.
    public var latestBuildFailed: Bool
    /// Each page file's address, by its path in the source folder (`content/about.md` → `/about/`),
    /// from the latest build that ran: findings link to their pages with it.
    public var pageAddresses: [String: String]
    /// The address of the page whose file the latest change saved, when it saved one page; nil
    /// for a change to templates, data or settings only, or to several pages. Open pages go there.
    public var changedPage: String?
    /// The path the site is served under, as it is published (`base_url`'s path): `/`, or
    /// `/community-safety/`, where `/community-safety/about/` is the file `about/index.html`.
    public var rootPath: String

    /// Creates a state. Unless told, the latest build failed when there is a failure or an error.
    public init(files: [String: OutputFile.Contents] = [:], generation: Int = 0, problems: [Diagnostic] = [], failure: String? = nil,
                latestBuildFailed: Bool? = nil, pageAddresses: [String: String] = [:], changedPage: String? = nil,
                rootPath: String = "/") {
        self.rootPath = rootPath
        self.files = files
        self.generation = generation
        self.problems = problems
        self.failure = failure
        self.latestBuildFailed = latestBuildFailed ?? (failure != nil || problems.hasErrors)
        self.pageAddresses = pageAddresses
        self.changedPage = changedPage
    }

    /// Whether pages are served with the problems box: the latest build failed, or it has warnings.
    public var showsProblems: Bool {
        latestBuildFailed || problems.contains { $0.severity == .warning }
    }

    /// Takes a finished build: a good one replaces the files, a failed one keeps them and
    /// records its problems; either way the generation goes up.
    ///
    /// - Parameters:
    ///   - pageAddresses: the build's page addresses (`BuildReport.pageAddresses`); nil when it
    ///     could not run, which keeps the ones known.
    ///   - changedFiles: the saved files that caused the build, by path in the source folder.
    ///   - rootPath: a good build's `BuildReport.rootPath`, where its files are served from.
    public mutating func take(_ outcome: PreviewBuild.Outcome, pageAddresses: [String: String]? = nil, changedFiles: [String] = [],
                              rootPath: String = "/") {
        switch outcome {
        case .built(let built, let warnings):
            files = Dictionary(built.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, last in last })
            self.rootPath = rootPath
            problems = warnings
            failure = nil
            latestBuildFailed = false
        case .failed(let found):
            problems = found
            failure = nil
            latestBuildFailed = true
        case .couldNotRun(let reason):
            problems = []
            failure = reason
            latestBuildFailed = true
        }
        if let pageAddresses { self.pageAddresses = pageAddresses }
        changedPage = Self.page(changedBy: changedFiles, addresses: self.pageAddresses)
        generation += 1
    }

    /// The one page address the changed files have, or nil when they have none or several.
    static func page(changedBy files: [String], addresses: [String: String]) -> String? {
        let pages = Set(files.compactMap { addresses[$0] })
        return pages.count == 1 ? pages.first : nil
    }
}
