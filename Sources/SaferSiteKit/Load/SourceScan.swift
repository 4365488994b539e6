import Foundation

extension SourceLoader {
    /// Every file `load()` would read, in path order, with its stamp now, without reading any:
    /// what the quick rebuild compares with the last build's files. Nil when the folders hold
    /// anything `load()` would report or follow: a link, a pipe, a name that is not UTF-8.
    func scan() -> [(path: String, kind: SourceFile.Kind, stamp: SourceStamp)]? {
        guard let content = StampedWalk.files(in: root.appendingPathComponent("content").path) else { return nil }
        var files: [(path: String, kind: SourceFile.Kind, stamp: SourceStamp)] = []
        files.reserveCapacity(content.count)
        for file in content {
            if let kind = Self.contentKind(of: file.path) { files.append(("content/" + file.path, kind, file.stamp)) }
        }
        // In path order, as the content files are: `theme/static/` sorts before `theme/templates/`.
        for (folder, kind) in [("static", SourceFile.Kind.themeStatic), ("templates", .template)] {
            let path = themeRoot.appendingPathComponent(folder).path
            guard access(path, F_OK) == 0 else { continue }
            guard let found = StampedWalk.files(in: path) else { return nil }
            for file in found where kind != .template || file.path.hasSuffix(".mustache") {
                files.append(("theme/\(folder)/" + file.path, kind, file.stamp))
            }
        }
        return files
    }
}
