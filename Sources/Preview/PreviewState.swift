import Diagnostics
import Foundation
import SaferSiteKit

/// What the preview serves at one moment: the last good site, and the problems of the latest
/// build if it failed.
public struct PreviewState: Sendable {
    /// The last good build's files, by site path (`about/index.html`); empty until a build succeeds.
    /// Kept as the build made them (text or bytes): a page is turned into bytes only when asked for.
    public var files: [String: OutputFile.Contents]
    /// Counts every finished build, good or failed, so open pages know when to reload.
    public var generation: Int
    /// The latest build's problems when it failed; empty when it succeeded.
    public var problems: [Diagnostic]
    /// Why the latest build could not run at all (a missing folder), when that happened.
    public var failure: String?
    /// The path the site is served under, as it is published (`base_url`'s path): `/`, or
    /// `/community-safety/`, where `/community-safety/about/` is the file `about/index.html`.
    public var rootPath: String

    /// Creates a state.
    public init(files: [String: OutputFile.Contents] = [:], generation: Int = 0, problems: [Diagnostic] = [], failure: String? = nil,
                rootPath: String = "/") {
        self.rootPath = rootPath
        self.files = files
        self.generation = generation
        self.problems = problems
        self.failure = failure
    }

    /// Whether the latest build failed, so pages are served with its problems shown over them.
    public var latestBuildFailed: Bool {
        failure != nil || !problems.isEmpty
    }
}
