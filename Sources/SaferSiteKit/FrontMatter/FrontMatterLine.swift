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

    /// Splits a line's text into scalars and records the character column of each.
    init(text: String, number: Int, hasNewline: Bool) {
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
        self.text = text
        self.scalars = scalars
        self.columns = columns
        self.number = number
        self.hasNewline = hasNewline
    }
}
