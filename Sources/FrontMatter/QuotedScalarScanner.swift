
/// Reads single- and double-quoted scalars, with YAML's escapes and line folding.
///
/// A quoted scalar may go on over lines indented more than its parent; each line break becomes a
/// space, each blank line a line break, and whitespace around breaks is dropped. In double quotes a
/// backslash at the end of a line joins the lines with nothing between them.
enum QuotedScalarScanner {
    /// A quoted scalar that was read.
    struct Scalar {
        /// The text, escapes decoded and lines folded.
        var text: String
        /// The position just after the closing quote.
        var end: TextPosition
        /// Whether it went on over more than one line.
        var isMultiLine: Bool
    }

    /// Reads the quoted scalar whose opening quote is at `start`.
    static func scan(_ source: FrontMatterSource, at start: TextPosition, parentIndent: Int) throws(ParseFailure) -> Scalar {
        let quote = source.scalar(start)
        let isDouble = quote == "\""
        if let plain = onOneLine(source, at: start, isDouble: isDouble) { return plain }
        var text = String.UnicodeScalarView()
        var pendingWhitespace = String.UnicodeScalarView()
        var position = TextPosition(line: start.line, index: start.index + 1)
        var isMultiLine = false

        func flushWhitespace() {
            text.append(contentsOf: pendingWhitespace)
            pendingWhitespace.removeAll()
        }

        while true {
            guard let scalar = source.scalar(position) else {
                // A line break: drop trailing whitespace, fold the break, go on at the next line's text.
                pendingWhitespace.removeAll()
                let (line, blankLines) = try continuation(source, after: position.line, start: start, parentIndent: parentIndent)
                text.append(contentsOf: (blankLines == 0 ? " " : String(repeating: "\n", count: blankLines)).unicodeScalars)
                position = TextPosition(line: line, index: source.indentation(line))
                isMultiLine = true
                continue
            }
            if isDouble && scalar == "\\" {
                flushWhitespace()
                let escapePosition = TextPosition(line: position.line, index: position.index + 1)
                if source.scalar(escapePosition) == nil {
                    // An escaped line break: the lines join with nothing between them.
                    let (line, blankLines) = try continuation(source, after: position.line, start: start, parentIndent: parentIndent)
                    text.append(contentsOf: String(repeating: "\n", count: blankLines).unicodeScalars)
                    position = TextPosition(line: line, index: source.indentation(line))
                    isMultiLine = true
                    continue
                }
                let (decoded, length) = try escape(source, at: escapePosition, backslash: position)
                // Such a character would reach the page's HTML, the feed or the terminal as it is.
                if decoded.isUnshowableControl { throw ParseFailure(.controlEscape(decoded), at: position) }
                text.append(decoded)
                position.index += 1 + length
                continue
            }
            if scalar == quote {
                if !isDouble && source.scalar(line: position.line, index: position.index + 1) == "'" {
                    flushWhitespace()
                    text.append("'")
                    position.index += 2
                    continue
                }
                flushWhitespace()
                position.index += 1
                return Scalar(text: String(text), end: position, isMultiLine: isMultiLine)
            }
            if scalar == " " || scalar == "\t" {
                pendingWhitespace.append(scalar)
            } else {
                flushWhitespace()
                text.append(scalar)
            }
            position.index += 1
        }
    }
}

// MARK: - Helpers

private extension QuotedScalarScanner {
    /// The usual case, read without decoding: the scalar closes on its own line and has no
    /// escape, so its text is exactly what is between the quotes. Nil otherwise.
    static func onOneLine(_ source: FrontMatterSource, at start: TextPosition, isDouble: Bool) -> Scalar? {
        guard start.line < source.end else { return nil }
        let scalars = source.lines[start.line].scalars
        var index = start.index + 1
        while index < scalars.count {
            switch scalars[index] {
            case "\\" where isDouble:
                return nil
            case "\"" where isDouble, "'" where !isDouble:
                // In single quotes, '' is an escaped quote.
                if !isDouble && index + 1 < scalars.count && scalars[index + 1] == "'" { return nil }
                return Scalar(text: source.text(line: start.line, start.index + 1..<index),
                              end: TextPosition(line: start.line, index: index + 1), isMultiLine: false)
            default:
                index += 1
            }
        }
        return nil
    }

    /// The line where quoted text goes on after `line`, and how many blank lines came between.
    static func continuation(
        _ source: FrontMatterSource, after line: Int, start: TextPosition, parentIndent: Int
    ) throws(ParseFailure) -> (line: Int, blankLines: Int) {
        var next = line + 1
        var blankLines = 0
        while next < source.end && source.isWhitespaceOnly(next) {
            // A tab in a blank line inside quotes is read differently by YAML tools.
            if let tab = source.lines[next].scalars.firstIndex(of: "\t") {
                throw ParseFailure(.tabIndentation, line: next, index: tab)
            }
            blankLines += 1
            next += 1
        }
        guard next < source.end else { throw ParseFailure(.unclosedQuote, at: start) }
        if let tab = source.tabInIndentation(next) { throw ParseFailure(.tabIndentation, line: next, index: tab) }
        guard source.indentation(next) > parentIndent else { throw ParseFailure(.unclosedQuote, at: start) }
        return (next, blankLines)
    }

    /// Decodes the escape whose letter is at `position`; returns the scalar and how many scalars it used.
    static func escape(
        _ source: FrontMatterSource, at position: TextPosition, backslash: TextPosition
    ) throws(ParseFailure) -> (Unicode.Scalar, Int) {
        guard let letter = source.scalar(position) else { throw ParseFailure(.invalidEscape, at: backslash) }
        let simple: Unicode.Scalar? = switch letter {
        case "0": "\u{0}"
        case "a": "\u{7}"
        case "b": "\u{8}"
        case "t", "\t": "\t"
        case "n": "\n"
        case "v": "\u{B}"
        case "f": "\u{C}"
        case "r": "\r"
        case "e": "\u{1B}"
        case " ": " "
        case "\"": "\""
        case "/": "/"
        case "\\": "\\"
        case "N": "\u{85}"
        case "_": "\u{A0}"
        case "L": "\u{2028}"
        case "P": "\u{2029}"
        default: nil
        }
        if let simple { return (simple, 1) }
        let digitCount = switch letter {
        case "x": 2
        case "u": 4
        case "U": 8
        default: 0
        }
        guard digitCount > 0 else { throw ParseFailure(.invalidEscape, at: backslash) }
        var value: UInt32 = 0
        for offset in 1...digitCount {
            guard let digit = source.scalar(line: position.line, index: position.index + offset), digit.isASCII,
                  let digitValue = UInt32(String(digit), radix: 16)
            else { throw ParseFailure(.invalidEscape, at: backslash) }
            value = value * 16 + digitValue
        }
        guard let scalar = Unicode.Scalar(value) else { throw ParseFailure(.invalidEscape, at: backslash) }
        return (scalar, 1 + digitCount)
    }
}
