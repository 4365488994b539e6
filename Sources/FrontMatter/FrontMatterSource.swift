import Diagnostics

/// The lines being parsed, with the questions every reader asks of them: what scalar is here,
/// how far is this line indented, where is the next line with content, and where is that in the file.
struct FrontMatterSource: Sendable {
    /// The file's path relative to the site folder, for diagnostics.
    let file: String
    /// The lines.
    let lines: [FrontMatterLine]
    /// Index of the first line not to parse: a stray document marker, or the end.
    let end: Int

    /// Creates a source that stops before `end`.
    init(file: String, lines: [FrontMatterLine], end: Int? = nil) {
        self.file = file
        self.lines = lines
        self.end = end ?? lines.count
    }

    /// The scalar at a position, or nil at or past the end of its line.
    func scalar(_ position: TextPosition) -> Unicode.Scalar? {
        scalar(line: position.line, index: position.index)
    }

    /// The scalar at a line and index, or nil at or past the end of the line.
    func scalar(line: Int, index: Int) -> Unicode.Scalar? {
        guard line < end, index >= 0 else { return nil }
        let scalars = lines[line].scalars
        return index < scalars.count ? scalars[index] : nil
    }

    /// The number of scalars on a line.
    func length(_ line: Int) -> Int {
        lines[line].scalars.count
    }

    /// The text of scalars `range` of a line.
    func text(line: Int, _ range: Range<Int>) -> String {
        let line = lines[line]
        let utf8 = line.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: line.offsets[range.lowerBound])
        return String(Substring(utf8[start..<utf8.index(start, offsetBy: line.offsets[range.upperBound] - line.offsets[range.lowerBound])]))
    }

    /// Leading spaces (not tabs) of a line.
    func indentation(_ line: Int) -> Int {
        lines[line].scalars.prefix { $0 == " " }.count
    }

    /// Index of the first scalar that is neither space nor tab (the line length when there is none).
    func contentStart(_ line: Int) -> Int {
        let scalars = lines[line].scalars
        return scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.count
    }

    /// Whether a line holds only spaces and tabs.
    func isWhitespaceOnly(_ line: Int) -> Bool {
        contentStart(line) == length(line)
    }

    /// Whether a line is empty, whitespace or a comment, and so carries no content.
    func isBlank(_ line: Int) -> Bool {
        let start = contentStart(line)
        return start == length(line) || lines[line].scalars[start] == "#"
    }

    /// The index of a tab in the leading whitespace of a line that is not whitespace only.
    func tabInIndentation(_ line: Int) -> Int? {
        let start = contentStart(line)
        guard start < length(line) else { return nil }
        return lines[line].scalars[..<start].firstIndex(of: "\t")
    }

    /// The first line at or after `line` that is not blank.
    func nextContentLine(from line: Int) -> Int? {
        var index = line
        while index < end {
            if !isBlank(index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether a scalar ends a token in block context: end of line, space or tab.
    func isSeparator(line: Int, index: Int) -> Bool {
        guard let next = scalar(line: line, index: index) else { return true }
        return next == " " || next == "\t"
    }

    /// Skips spaces from an index; a tab is an error because YAML tools disagree about tabs.
    func skipSpaces(line: Int, from index: Int) throws(ParseFailure) -> Int {
        var index = index
        while let scalar = scalar(line: line, index: index) {
            if scalar == "\t" { throw ParseFailure(.tabSeparator, line: line, index: index) }
            guard scalar == " " else { break }
            index += 1
        }
        return index
    }

    /// The file location of a position.
    func location(_ position: TextPosition) -> SourceLocation {
        let line = lines[min(position.line, lines.count - 1)]
        let index = min(max(0, position.index), line.columns.count - 1)
        return SourceLocation(file: file, line: line.number, column: line.columns[index])
    }

    /// A node at a position.
    func node(_ value: FrontMatterValue, at position: TextPosition) -> FrontMatterNode {
        let location = location(position)
        return FrontMatterNode(value, line: location.line, column: location.column)
    }

    /// The diagnostic for a failure, with the source line and hint.
    func diagnostic(_ failure: ParseFailure) -> Diagnostic {
        diagnostic(failure.problem, at: failure.position)
    }

    /// The diagnostic for a problem at a position. When the line holds a character pasted from a
    /// word processor where YAML's syntax is (a curly quote opening a value, a non-breaking space
    /// in the indentation or after a `:` or `-`, a dash or bullet for a list's `-`), that is the
    /// problem a person can act on, so the finding names it, at its column, instead.
    func diagnostic(_ problem: FrontMatterError, at position: TextPosition) -> Diagnostic {
        let line = lines[min(position.line, lines.count - 1)]
        let (problem, index) = PastedCharacter.find(in: line.scalars, upTo: position.index).map { ($0.problem, $0.index) }
            ?? (problem, position.index)
        return .error(problem.message, at: location(TextPosition(line: position.line, index: index)), hint: problem.hint,
                      sourceLine: line.text)
    }
}
