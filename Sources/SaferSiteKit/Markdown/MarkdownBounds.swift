import TextSupport

/// The limits a page body is held to before cmark-gfm is given it, so that no page of the
/// allowed size (1 MiB) can take more than a second or two or a few hundred megabytes.
///
/// - A table row is parsed by cmark-gfm's table extension in time that grows with the square of
///   its cells (each cell is appended to the end of a linked list, walked from its start): a table
///   of 10,000 columns and 17 rows took 7 s, 30,000 columns 16 s. A table line with more than
///   `maximumTableColumns` cells is refused before parsing, with the line.
/// - Each heading costs about a kilobyte in cmark-gfm's tree and the rewritten heading's anchor:
///   a megabyte of bare `##` lines (350,000 headings) peaked at 380 MB. A page with more than
///   `maximumHeadings` headings is refused, at the first heading past the limit.
enum MarkdownBounds {
    /// More cells than any readable table has; parsed in well under a second at any page size.
    static let maximumTableColumns = 200
    /// Far more headings than a readable page has.
    static let maximumHeadings = 10_000

    /// The first line of a table (the header row, the delimiter row below it and the rows after,
    /// up to a blank line) with more than `maximumTableColumns` cells: its index in `lines`, and
    /// how many cells it has. Counts the `|` of each line once; a line inside a code block that
    /// looks like a table's delimiter row counts too, which errs towards the limit, never past it.
    static func tooWideTableLine(in lines: LFLines) -> (index: Int, cells: Int)? {
        var index = 1
        while index < lines.count {
            guard isDelimiterRow(lines[index]) else {
                index += 1
                continue
            }
            // The header row above, the delimiter row, and the rows up to a blank line.
            var row = index - 1
            while row < lines.count, row == index - 1 || !lines[row].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                let cells = cellCount(lines[row])
                if cells > maximumTableColumns { return (row, cells) }
                row += 1
            }
            index = row + 1
        }
        return nil
    }

    /// The cells of a table line: one more than its `|`, less the ones that open and close it.
    static func cellCount(_ line: Substring) -> Int {
        let text = line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let trimmed = text.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        let pipes = text.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
        return pipes + 1 - (text.first == UInt8(ascii: "|") ? 1 : 0) - (trimmed.first == UInt8(ascii: "|") ? 1 : 0)
    }

    /// Whether a line could be a table's delimiter row: only `|`, `-`, `:` and white space, with
    /// at least one `|` and one `-`.
    static func isDelimiterRow(_ line: Substring) -> Bool {
        var pipe = false, dash = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return false
            }
        }
        return pipe && dash
    }
}
