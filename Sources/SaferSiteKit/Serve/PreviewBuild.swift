import Foundation

/// One build for the preview: runs `SiteBuilder` away from the server's threads and says what
/// came of it.
public struct PreviewBuild: Sendable {
    /// What a build produced, as the preview serves it.
    public enum Outcome: Sendable {
        /// A good build: its files replace the served site.
        case built([OutputFile])
        /// The site has errors: the served site stays as it was and these are shown over it.
        case failed([Diagnostic])
        /// The build could not run (no content folder, public/ locked by another build).
        case couldNotRun(String)
    }

    /// What the build found and made, when it ran.
    public var report: BuildReport?
    /// What the preview should do with it.
    public var outcome: Outcome
    /// How long the build took.
    public var duration: Duration
    /// Why a good build could not be written to the output folder (`--write`), when it could not;
    /// the preview still serves it.
    public var writeFailure: String?

    /// Runs a build on a thread of its own, so a slow build never holds up requests being served.
    /// After `changes` to the files `previous` was built from, a build that only needs to redo
    /// one edited page's body does just that.
    public static func run(_ options: BuildOptions, after previous: PreviewBuild? = nil, changes: [FileChange] = []) async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: runBlocking(options, after: previous, changes: changes))
            }
        }
    }

    /// Runs a build on the calling thread. The site is always built into memory, since that is
    /// what the preview serves; when `options.output` is set, a good build is also written there,
    /// atomically, in one piece.
    public static func runBlocking(_ options: BuildOptions, after previous: PreviewBuild? = nil, changes: [FileChange] = []) -> PreviewBuild {
        let clock = ContinuousClock()
        let started = clock.now
        var inMemory = options
        inMemory.output = nil
        let report: BuildReport
        do {
            report = try onePageRebuild(inMemory, after: previous, changes: changes) ?? SiteBuilder(options: inMemory).build()
        } catch {
            return PreviewBuild(report: nil, outcome: .couldNotRun(String(describing: error)), duration: clock.now - started)
        }
        guard !report.failed else {
            return PreviewBuild(report: report, outcome: .failed(report.diagnostics), duration: clock.now - started)
        }
        var build = PreviewBuild(report: report, outcome: .built(report.files), duration: .zero)
        if let output = options.output {
            do {
                try OutputWriter(output: output).write(report.files)
                build.report?.wroteOutput = true
            } catch {
                build.writeFailure = String(describing: error)
            }
        }
        build.duration = clock.now - started
        return build
    }

    /// The build after `changes` (every change the watcher saw, editors' noise included), redoing
    /// only one page, when the changes are edits to one page file of the last good build and its
    /// body alone changed (`BuildMemory.rebuild`); nil otherwise.
    static func onePageRebuild(_ options: BuildOptions, after previous: PreviewBuild?, changes: [FileChange]) -> BuildReport? {
        guard let memory = previous?.report?.memory, memory.options.today == options.today else { return nil }
        let base = options.source.standardizedFileURL.path + "/"
        // Editors' noise (swap files, backups, vim's probe file) and files the build never reads do
        // not count; any other file changed besides the page (an image) needs a whole build.
        let counted = changes.filter { change in
            guard !change.isEditorNoise else { return false }
            let path = URL(fileURLWithPath: change.path).standardizedFileURL.path
            guard path.hasPrefix(base + "content/") else { return true }
            return SourceLoader.contentKind(of: String(path.dropFirst(base.count + "content/".count))) != nil
        }
        guard Set(counted.map(\.path)).count == 1, let change = counted.first, counted.allSatisfy({ $0.kind != .deleted }) else { return nil }
        let absolute = URL(fileURLWithPath: change.path).standardizedFileURL.path
        guard absolute.hasPrefix(base),
              // A plain file, as the build reads it: not a link, and not past the size limit.
              (try? FileManager.default.attributesOfItem(atPath: absolute)[.type] as? FileAttributeType) == .typeRegular,
              case .success(let data) = SourceLoader.read(absolute, shownAs: absolute,
                                                          limit: SourceLoader.maximumTextFileSize) else { return nil }
        return memory.rebuild(afterEditTo: String(absolute.dropFirst(base.count)), data: data)
    }
}
