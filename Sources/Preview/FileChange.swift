import SaferSiteKit

/// One change to a watched file or folder.
public struct FileChange: Sendable, Hashable, CustomStringConvertible {
    /// What happened to it.
    public enum Kind: String, Sendable, Hashable {
        /// It appeared (made, copied or moved in).
        case created
        /// Its contents or attributes changed.
        case modified
        /// It went (deleted or moved out).
        case deleted
    }

    /// What happened.
    public var kind: Kind
    /// Its absolute path.
    public var path: String

    /// Creates a change.
    public init(_ kind: Kind, _ path: String) {
        self.kind = kind
        self.path = path
    }

    /// `modified: /site/content/about.md`.
    public var description: String { "\(kind.rawValue): \(path)" }

    /// Whether the change is to a file no build reads: junk (`StaticFiles.isJunk`: editors' swap
    /// and lock files, `.DS_Store`, backups ending in `~`), hidden files outside a static folder
    /// (where `.well-known/` is published), and the probe file vim writes to test a folder.
    public var isEditorNoise: Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let inStatic = path.contains("/static/")
        return StaticFiles.isJunk(name) || (name.hasPrefix(".") && !inStatic) || name == "4913"
    }
}
