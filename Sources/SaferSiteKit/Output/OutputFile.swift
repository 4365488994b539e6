import Foundation

/// One file of the built site, by its path inside the output folder.
public struct OutputFile: Sendable, Hashable {
    /// What the file holds.
    public enum Contents: Sendable, Hashable {
        /// Text, written as UTF-8.
        case text(String)
        /// Bytes, written as they are.
        case bytes(Data)
        /// The same bytes as a file an earlier build wrote (an absolute path): the writer
        /// hard-links it rather than writing it again, and copies it when it cannot link.
        case existing(String)
    }

    /// Path inside the output folder, with `/` separators: `projects/aspire/index.html`.
    public var path: String
    /// The file's contents.
    public var contents: Contents

    /// Creates an output file.
    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The bytes to write.
    public var data: Data { contents.data }
}

public extension OutputFile.Contents {
    /// The bytes.
    var data: Data {
        switch self {
        case .text(let text): Data(text.utf8)
        case .bytes(let data): data
        case .existing(let path): (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        }
    }

    /// The contents as text, decoding bytes as UTF-8.
    var text: String {
        switch self {
        case .text(let text): text
        case .bytes, .existing: String(decoding: data, as: UTF8.self)
        }
    }
}
