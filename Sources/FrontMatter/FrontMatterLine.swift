/// One line of front matter, as the Unicode scalars YAML's grammar reads and the character
/// columns people count.
struct FrontMatterLine: Sendable {
    /// The line's text, without its line break.
    let text: String
    /// The line's Unicode scalars.
    let scalars: [Unicode.Scalar]
    /// The 1-based character column of each scalar, plus one entry for the end of the line.
    let columns: [Int]
    /// The 1-based line number in the whole file.
    let number: Int
    /// Whether a line break follows; false only for a file's last line when it has none.
    let hasNewline: Bool
    /// Whether the line is all ASCII, so that scalar `i` is byte `i` of `text`.
    let isASCII: Bool

    /// Splits a line's text into scalars and records the character column of each.
    init(text: String, number: Int, hasNewline: Bool) {
        self.text = text
        self.number = number
        self.hasNewline = hasNewline
        // Most lines are ASCII, where every byte is a scalar and a character (no CR reaches here),
        // so the columns need no look at grapheme clusters.
        isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            scalars = text.utf8.map { Unicode.Scalar($0) }
            columns = Array(1...(scalars.count + 1))
            return
        }
        var scalars: [Unicode.Scalar] = []
        var columns: [Int] = []
        var column = 1
        for character in text {
            for scalar in character.unicodeScalars {
                scalars.append(scalar)
                columns.append(column)
            }
            column += 1
        }
        columns.append(column)
        self.scalars = scalars
        self.columns = columns
    }
}
