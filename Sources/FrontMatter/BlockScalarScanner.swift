/// Reads literal (`|`) and folded (`>`) block scalars with their chomping (`-`, `+`) and
/// indentation (`1`-`9`) indicators.
enum BlockScalarScanner {
    /// What happens to line breaks at the end of the text.
    enum Chomping {
        /// `-`: no final line break.
        case strip
        /// Default: one final line break.
        case clip
        /// `+`: the final line break and all blank lines after it.
        case keep
    }

    /// Reads the block scalar whose `|` or `>` is at `start`; its text lines must be indented more
    /// than `parentIndent`. Returns the text and the first line after it.
    static func scan(
        _ source: FrontMatterSource, at start: TextPosition, parentIndent: Int
    ) throws(ParseFailure) -> (text: String, nextLine: Int) {
        let isFolded = source.scalar(start) == ">"
        let (chomping, indentDigit) = try header(source, at: start, parentIndent: parentIndent)
        let contentIndent = try indentation(
            source, after: start.line, parentIndent: parentIndent, digit: indentDigit)

        var text = ""
        var line = start.line + 1
        var lastBreak = ""
        var breaks = try emptyLines(source, from: &line, indent: contentIndent)
        while line < source.end, isContent(source, line, indent: contentIndent) {
            text += breaks
            let lineText = source.text(line: line, contentIndent..<source.length(line))
            let startsWithSpace = lineText.first == " " || lineText.first == "\t"
            text += lineText
            lastBreak = source.lines[line].hasNewline ? "\n" : ""
            line += 1
            breaks = try emptyLines(source, from: &line, indent: contentIndent)
            guard line < source.end, isContent(source, line, indent: contentIndent) else { break }
            let nextStartsWithSpace = source.scalar(line: line, index: contentIndent).map { $0 == " " || $0 == "\t" } ?? false
            if isFolded && lastBreak == "\n" && !startsWithSpace && !nextStartsWithSpace {
                if breaks.isEmpty { text += " " }
            } else {
                text += lastBreak
            }
        }
        switch chomping {
        case .strip: break
        case .clip: text += lastBreak
        case .keep: text += lastBreak + breaks
        }
        return (text, line)
    }
}

// MARK: - Helpers

private extension BlockScalarScanner {
    /// Reads `|`/`>` and its indicators; only whitespace and a comment may follow on the line.
    static func header(
        _ source: FrontMatterSource, at start: TextPosition, parentIndent: Int
    ) throws(ParseFailure) -> (Chomping, Int?) {
        var chomping: Chomping?
        var digit: Int?
        var index = start.index + 1
        while let scalar = source.scalar(line: start.line, index: index) {
            if (scalar == "-" || scalar == "+") && chomping == nil {
                chomping = scalar == "-" ? .strip : .keep
            } else if let value = Int(String(scalar)), (1...9).contains(value), scalar.isASCII, digit == nil {
                guard parentIndent >= 0 else { throw ParseFailure(.indentDigitAtTop, line: start.line, index: index) }
                digit = value
            } else {
                break
            }
            index += 1
        }
        let afterSpaces = try source.skipSpaces(line: start.line, from: index)
        let rest = source.scalar(line: start.line, index: afterSpaces)
        guard rest == nil || (rest == "#" && afterSpaces > index) else {
            throw ParseFailure(.invalidBlockHeader, line: start.line, index: afterSpaces)
        }
        return (chomping ?? .clip, digit)
    }

    /// The indentation of the text: parent indentation plus the digit, or that of the first line
    /// that is not only spaces. A leading blank line may not have more spaces than that.
    static func indentation(
        _ source: FrontMatterSource, after headerLine: Int, parentIndent: Int, digit: Int?
    ) throws(ParseFailure) -> Int {
        if let digit { return parentIndent + digit }
        var line = headerLine + 1
        var blanks: [(spaces: Int, line: Int)] = []
        while line < source.end, source.lines[line].scalars.allSatisfy({ $0 == " " }) {
            blanks.append((source.length(line), line))
            line += 1
        }
        let minimum = parentIndent + 1
        guard line < source.end, source.indentation(line) >= minimum else {
            // No text: every blank line is an empty line of the scalar. ruamel.yaml refuses a blank
            // line with more spaces than the one before or fewer than the line after, so those are refused too.
            for (previous, blank) in zip(blanks, blanks.dropFirst()) where blank.spaces > previous.spaces && previous.spaces > 0 {
                throw ParseFailure(.blankLineSpaces, line: blank.line, index: 0)
            }
            let nextIndent = line < source.end ? source.indentation(line) : 0
            if let blank = blanks.first(where: { $0.spaces > 0 && $0.spaces < nextIndent }) {
                throw ParseFailure(.blankLineSpaces, line: blank.line, index: 0)
            }
            return max(minimum, blanks.map(\.spaces).max() ?? 0)
        }
        let indent = source.indentation(line)
        // YAML allows fewer spaces here, but ruamel.yaml refuses them, and more spaces are an error.
        if let blank = blanks.first(where: { $0.spaces != 0 && $0.spaces != indent }) {
            throw ParseFailure(.blankLineSpaces, line: blank.line, index: 0)
        }
        return indent
    }

    /// Consumes lines of at most `indent` spaces and returns a line break for each.
    static func emptyLines(_ source: FrontMatterSource, from line: inout Int, indent: Int) throws(ParseFailure) -> String {
        var breaks = ""
        while line < source.end {
            let scalars = source.lines[line].scalars
            let spaces = source.indentation(line)
            guard spaces == scalars.count, spaces <= indent else {
                if spaces < indent, spaces < scalars.count, scalars[spaces] == "\t", source.isWhitespaceOnly(line) {
                    // A tab-only line inside block text is read differently by YAML tools.
                    throw ParseFailure(.tabIndentation, line: line, index: spaces)
                }
                break
            }
            breaks += source.lines[line].hasNewline ? "\n" : ""
            line += 1
        }
        return breaks
    }

    /// Whether a line belongs to the text: at least `indent` spaces and something after them.
    static func isContent(_ source: FrontMatterSource, _ line: Int, indent: Int) -> Bool {
        source.indentation(line) >= indent && source.length(line) > indent
    }
}
