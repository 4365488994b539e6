import Glibc

/// The lines of a text whose line breaks are all LF — a page body by the time it is rendered and
/// checked — found in one pass over the bytes. Each line is cut from the text only when asked
/// for, rather than every line being made a `Substring` up front.
package struct LFLines: Sendable {
    /// The whole text.
    package let text: String
    /// Where each line starts, as an offset into the text's UTF-8.
    private let starts: [Int]

    /// Finds the lines of `text`: one more than it has LFs.
    package init(_ text: String) {
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
    package var count: Int { starts.count }

    /// The line at a 0-based index, without its LF.
    package subscript(index: Int) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[index])
        let end = index + 1 < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[index + 1] - 1) : utf8.endIndex
        return text[start..<end]
    }

    /// Where `needle` is written, from the 0-based line `firstLine` on: each place's 0-based
    /// line and 1-based column in characters. The text is searched once, with `memchr` for the
    /// needle's first byte (many bytes at a time) and `memcmp` for the rest, rather than line by line.
    package func occurrences(of needle: String, fromLine firstLine: Int) -> [(line: Int, column: Int)] {
        guard firstLine >= 0, firstLine < starts.count, !needle.isEmpty else { return [] }
        var text = self.text, needle = needle
        var offsets: [Int] = []
        text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard let base = haystack.baseAddress, let wantedBase = wanted.baseAddress else { return }
                var from = starts[firstLine]
                while let offset = haystack.firstOffset(of: wanted[0], from: from), offset + wanted.count <= haystack.count {
                    if memcmp(base + offset, wantedBase, wanted.count) == 0 {
                        offsets.append(offset)
                        from = offset + wanted.count
                    } else {
                        from = offset + 1
                    }
                }
            }
        }
        return offsets.map { offset in
            // The last line starting at or before the offset.
            var low = firstLine, high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            let utf8 = text.utf8
            let lineStart = utf8.index(utf8.startIndex, offsetBy: starts[low])
            let at = utf8.index(utf8.startIndex, offsetBy: offset)
            return (low, text[lineStart..<at].count + 1)
        }
    }
}
