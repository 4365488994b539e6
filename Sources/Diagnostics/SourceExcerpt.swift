/// The part of a source line shown under a finding: the whole line when it is short, else at most
/// `width` characters around the finding's column, with `…` where the line was cut. A page can be
/// one line of a megabyte, with thousands of findings on it: each printed whole made gigabytes.
struct SourceExcerpt: Sendable {
    /// The most characters shown of a line (the `…` marks aside).
    static let width = 120
    /// How many characters before the column are shown, when the line is cut there.
    static let before = 40

    /// The text to show.
    let text: String
    /// How many characters of `text` come before the column, so the caret goes under it.
    let caretPadding: Int

    /// The excerpt of `line` around the 1-based character `column` (past the end: the line's end).
    /// Costs a walk to the column, never one over the rest of the line.
    init(line: String, column: Int) {
        let target = max(0, column - 1)
        // Nearly every line is short: shown whole.
        if line.utf8.count <= Self.width {
            text = line
            caretPadding = min(target, line.count)
            return
        }
        var columnIndex = line.startIndex
        var reached = 0
        while reached < target, columnIndex < line.endIndex {
            line.formIndex(after: &columnIndex)
            reached += 1
        }
        var start = columnIndex
        var shownBefore = 0
        while shownBefore < Self.before, start > line.startIndex {
            line.formIndex(before: &start)
            shownBefore += 1
        }
        var end = columnIndex
        var length = shownBefore
        while length < Self.width, end < line.endIndex {
            line.formIndex(after: &end)
            length += 1
        }
        // Near the line's end, the window takes more of what comes before the column.
        while length < Self.width, start > line.startIndex {
            line.formIndex(before: &start)
            shownBefore += 1
            length += 1
        }
        let cutStart = start > line.startIndex
        text = (cutStart ? "…" : "") + line[start..<end] + (end < line.endIndex ? "…" : "")
        caretPadding = (cutStart ? 1 : 0) + shownBefore
    }
}
