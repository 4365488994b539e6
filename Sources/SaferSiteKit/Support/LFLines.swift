/// The lines of a text whose line breaks are all LF — a page body by the time it is rendered and
/// checked — found in one pass over the bytes. Each line is cut from the text only when asked
/// for, rather than every line being made a `Substring` up front.
struct LFLines: Sendable {
    /// The whole text.
    let text: String
    /// Where each line starts, as an offset into the text's UTF-8.
    private let starts: [Int]

    /// Finds the lines of `text`: one more than it has LFs.
    init(_ text: String) {
        var text = text
        var starts = [0]
        // Every body is indexed (by the Markdown stage and again by the checks): memchr finds the
        // LFs many bytes at a time.
        text.withUTF8 { bytes in
            var from = 0
            while let lineFeed = bytes.firstOffset(of: UInt8(ascii: "\n"), from: from) {
                from = lineFeed + 1
                starts.append(from)
            }
        }
        self.text = text
        self.starts = starts
    }

    /// How many lines there are.
    var count: Int { starts.count }

    /// The line at a 0-based index, without its LF.
    subscript(index: Int) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[index])
        let end = index + 1 < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[index + 1] - 1) : utf8.endIndex
        return text[start..<end]
    }
}
