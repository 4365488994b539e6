import TextSupport

/// A file's text made ready for parsing: the UTF-8 byte order mark removed, CRLF and lone CR
/// turned into LF, and split into lines.
package struct SourceText: Sendable {
    /// The lines, without their line breaks, each cut from the normalised text when asked for (so
    /// a page's body is never split into strings and joined again). A final line break does not
    /// start an extra line.
    package let lines: Lines
    /// Whether the text ends with a line break.
    let endsWithNewline: Bool

    /// The lines of the normalised text: those of `LFLines` but for the empty one after a final LF.
    package struct Lines: RandomAccessCollection, Sendable {
        let all: LFLines
        package let endIndex: Int
        package var startIndex: Int { 0 }
        package subscript(index: Int) -> Substring {
            precondition(index >= 0 && index < endIndex, "line \(index) of \(endIndex)")
            return all[index]
        }
    }

    /// Normalises and splits the text.
    package init(_ raw: String) {
        var scalars = raw.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let text: String
        if raw.containsUTF8Byte(UInt8(ascii: "\r")) {
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
        // After normalising, every line break is one LF byte.
        let all = LFLines(text)
        endsWithNewline = text.utf8.last == UInt8(ascii: "\n")
        lines = Lines(all: all, endIndex: endsWithNewline || text.isEmpty ? all.count - 1 : all.count)
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
