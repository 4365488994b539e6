/// A file's text made ready for parsing: the UTF-8 byte order mark removed, CRLF and lone CR
/// turned into LF, and split into lines.
package struct SourceText: Sendable {
    /// The lines, without their line breaks, as slices of the normalised text (so a page's body
    /// is never split into strings and joined again). A final line break does not start an extra line.
    package let lines: [Substring]
    /// Whether the text ends with a line break.
    let endsWithNewline: Bool

    /// Normalises and splits the text.
    package init(_ raw: String) {
        var scalars = raw.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let text: String
        if raw.utf8.contains(UInt8(ascii: "\r")) {
            var normalised = String.UnicodeScalarView()
            var previousWasCR = false
            for scalar in scalars {
                if scalar == "\r" {
                    normalised.append("\n")
                    previousWasCR = true
                    continue
                }
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = false
                normalised.append(scalar)
            }
            text = String(normalised)
        } else {
            text = String(Substring(scalars))  // most files: nothing to normalise
        }
        // Split on the byte: after normalising, every line break is one LF byte.
        var pieces = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        endsWithNewline = text.utf8.last == UInt8(ascii: "\n")
        if endsWithNewline || text.isEmpty { pieces.removeLast() }
        lines = pieces
    }

    /// The text from a 0-based line to the end, keeping a final line break.
    package func text(fromLine start: Int) -> String {
        guard start < lines.count else { return "" }
        return String(lines[start].base[lines[start].startIndex...])
    }

    /// Lines `range` as front matter lines; `firstNumber` is the file line number of `range.lowerBound`.
    func frontMatterLines(_ range: Range<Int>, firstNumber: Int) -> [FrontMatterLine] {
        range.map { index in
            FrontMatterLine(
                text: String(lines[index]),
                number: firstNumber + index - range.lowerBound,
                hasNewline: index < lines.count - 1 || endsWithNewline)
        }
    }

    /// Whether a 0-based line is a `---` fence (trailing spaces and tabs allowed).
    func isFence(_ index: Int) -> Bool {
        var line = lines[index][...]
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        return line == "---"
    }
}
