import Foundation

/// One file of the built site, by its path inside the output folder.
public struct OutputFile: Sendable, Hashable {
    /// What the file holds.
    public enum Contents: Sendable, Hashable {
        /// Text, written as UTF-8.
        case text(String)
        /// Bytes, written as they are.
        case bytes(Data)
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

package extension OutputFile.Contents {
    /// The bytes.
    var data: Data {
        switch self {
        case .text(let text): Data(text.utf8)
        case .bytes(let data): data
        }
    }

    /// The contents as text, decoding bytes as UTF-8.
    var text: String {
        switch self {
        case .text(let text): text
        case .bytes(let data): String(decoding: data, as: UTF8.self)
        }
    }
}
