/// One line of front matter, as the Unicode scalars YAML's grammar reads and the character
/// columns people count.
struct FrontMatterLine: Sendable {
    /// The line's text, without its line break.
    let text: String
    /// The line's Unicode scalars.
    let scalars: [Unicode.Scalar]
    /// The 1-based character column of each scalar, plus one entry for the end of the line.
    let columns: [Int]
    /// The offset in `text`'s UTF-8 of each scalar, plus one entry for the end of the line, so a
    /// run of scalars is cut from `text` without building it again scalar by scalar.
    let offsets: [Int]
    /// The 1-based line number in the whole file.
    let number: Int
    /// Whether a line break follows; false only for a file's last line when it has none.
    let hasNewline: Bool

    /// Splits a line's text into scalars and records the character column and UTF-8 offset of each.
    init(text: String, number: Int, hasNewline: Bool) {
        self.text = text
        self.number = number
        self.hasNewline = hasNewline
        var scalars: [Unicode.Scalar] = [], columns: [Int] = [], offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        columns.reserveCapacity(text.utf8.count + 1)
        offsets.reserveCapacity(text.utf8.count + 1)
        let utf8 = text.utf8
        var column = 1, offset = 0
        var index = text.startIndex
        while index < text.endIndex {
            // One character at a time. An ASCII scalar followed by another (or by the end) is a
            // character of its own unless it is CR before LF, so there the grapheme rules need not
            // be asked: lines are mostly ASCII, and asking them showed at 5% of a 10,000-page
            // build's CPU (issue 23).
            let byte = utf8[index]
            let after = utf8.index(after: index)
            if byte < 0x80, byte != 0x0D, after == utf8.endIndex || utf8[after] < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                columns.append(column)
                offsets.append(offset)
                offset += 1
                column += 1
                index = after
                continue
            }
            let next = text.index(after: index)
            for scalar in text.unicodeScalars[index..<next] {
                scalars.append(scalar)
                columns.append(column)
                offsets.append(offset)
                offset += UTF8.width(scalar)
            }
            column += 1
            index = next
        }
        columns.append(column)
        offsets.append(offset)
        self.scalars = scalars
        self.columns = columns
        self.offsets = offsets
    }
}
