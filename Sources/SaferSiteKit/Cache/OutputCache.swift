import Foundation

/// The render stage's cache: a page file whose template context and templates are the same as
/// when the previous build wrote it is not rendered again; the file already in the output
/// folder is linked into the new output instead (`OutputFile.Contents.existing`).
///
/// The old file is reused only while its `FileStamp` is as the previous build left it, so a file
/// edited or removed by hand in `public/` is rendered again.
final class OutputCache: @unchecked Sendable {
    /// The output folder, as an absolute path.
    let outputFolder: String
    /// The templates' keys.
    let templates: TemplateFingerprints
    /// The previous build's page files, when it wrote to the same output folder.
    private let previous: [String: OutputCacheEntry]
    private let lock = NSLock()
    /// This build's page files' keys, by path inside the output folder.
    private var keys: [String: CacheKey] = [:]
    private var reused = 0

    init(previous: BuildCache, outputFolder: URL, templates: TemplateFingerprints) {
        self.outputFolder = outputFolder.standardizedFileURL.path
        self.templates = templates
        self.previous = previous.outputFolder == self.outputFolder ? previous.outputs : [:]
    }

    /// The file at `path` for this context: the earlier file when it is still right, else the
    /// result of `render`.
    func file(path: String, context: [String: Any], template: String, render: () -> String) -> OutputFile {
        guard let templateKey = templates.key(for: template),
              let key = ContextHash.key(context, template: templateKey, lookups: templates.lookups(for: template), path: path) else {
            return OutputFile(path: path, contents: .text(render()))
        }
        let full = outputFolder + "/" + path
        let reusable = previous[path].map { $0.key == key && FileStamp(path: full) == $0.stamp } ?? false
        lock.withLock {
            keys[path] = key
            if reusable { reused += 1 }
        }
        return OutputFile(path: path, contents: reusable ? .existing(full) : .text(render()))
    }

    /// How many page files were linked from the previous build instead of rendered.
    var reusedCount: Int { lock.withLock { reused } }

    /// How many page files were asked for.
    var fileCount: Int { lock.withLock { keys.count } }

    /// This build's entries, with the stamps the files got when they were written.
    func entries(stamps: [String: FileStamp]) -> [String: OutputCacheEntry] {
        lock.withLock {
            var entries: [String: OutputCacheEntry] = [:]
            for (path, key) in keys {
                if let stamp = stamps[path] { entries[path] = OutputCacheEntry(key: key, stamp: stamp) }
            }
            return entries
        }
    }
}
