/// A place in front matter as 0-based indices: a line of the parsed text and a Unicode scalar in it.
///
/// Parsing works on scalars because YAML's grammar is defined on code points; `FrontMatterLine`
/// turns an index back into the character column people see.
struct TextPosition: Hashable, Sendable {
    /// Index of the line in the parsed lines.
    var line: Int
    /// Index of the Unicode scalar in the line.
    var index: Int
}
