/// Reads plain (unquoted) scalars: the part on one line, and the lines that continue it,
/// folded as YAML folds them (one line break becomes a space, each further blank line a line break).
enum PlainScalarScanner {
    /// What ended the scalar on a line.
    enum Stop: Equatable {
        /// The end of the line.
        case endOfLine
        /// A `#` after whitespace.
        case comment
        /// A `:` followed by whitespace, the end of the line or (in flow) a flow indicator.
        case colon
        /// `,`, `[`, `]`, `{` or `}` inside a flow collection.
        case flowIndicator
    }

    /// The plain text found on one line.
    struct LineScan {
        /// The text, without trailing spaces.
        var text: String
        /// What ended it.
        var stop: Stop
        /// Index of the scalar that ended it (the line length at the end of the line).
        var stopIndex: Int
    }

    /// Throws when the scalar at `position` cannot start a plain scalar: YAML's indicator characters.
    static func checkStart(_ source: FrontMatterSource, at position: TextPosition, inFlow: Bool) throws(ParseFailure) {
        guard let first = source.scalar(position) else { return }
        let next = source.scalar(line: position.line, index: position.index + 1)
        let endsToken = next == nil || next == " " || next == "\t" || (inFlow && isFlowIndicator(next))
        switch first {
        case "-" where endsToken: throw ParseFailure(.listNotAllowedHere, at: position)
        case "?" where endsToken: throw ParseFailure(.complexKey, at: position)
        // In flow context ruamel.yaml reads `?x` as a complex key and refuses `{:x: y}`, while
        // YAML 1.2 reads both as text: refuse them.
        case "?" where inFlow, ":" where inFlow: throw ParseFailure(.cannotStartWith(first), at: position)
        case ":" where endsToken: throw ParseFailure(.missingKey, at: position)
        case "&": throw ParseFailure(.anchor, at: position)
        case "*": throw ParseFailure(.alias, at: position)
        case "!": throw ParseFailure(.tag, at: position)
        case "%" where position.index == 0 && !inFlow: throw ParseFailure(.directive, at: position)
        case ",", "[", "]", "{", "}", "#", "|", ">", "'", "\"", "%", "@", "`":
            throw ParseFailure(.cannotStartWith(first), at: position)
        default: return
        }
    }

    /// Throws when a continuation line starts with a character that would make the text mean
    /// something other than what it looks like; YAML reads it as text, but that is rarely intended.
    static func checkContinuationStart(_ source: FrontMatterSource, at position: TextPosition) throws(ParseFailure) {
        guard let first = source.scalar(position) else { return }
        let next = source.scalar(line: position.line, index: position.index + 1)
        let endsToken = next == nil || next == " " || next == "\t"
        switch first {
        case "-" where endsToken, "?" where endsToken, ":" where endsToken,
             ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            throw ParseFailure(.continuationStartsWith(first), at: position)
        default: return
        }
    }

    /// Reads plain text on one line from `position` up to a comment, a `: `, the end of the line,
    /// or (in flow) a flow indicator. A tab outside quotes is an error.
    static func scanLine(_ source: FrontMatterSource, from position: TextPosition, inFlow: Bool) throws(ParseFailure) -> LineScan {
        let line = position.line
        let length = source.length(line)
        var index = position.index
        var textEnd = index

        func scan(_ stop: Stop) -> LineScan {
            LineScan(text: source.text(line: line, position.index..<textEnd), stop: stop, stopIndex: index)
        }

        while index < length {
            let scalar = source.lines[line].scalars[index]
            switch scalar {
            case " ":
                index += 1
                continue
            case "\t":
                throw ParseFailure(.tabSeparator, line: line, index: index)
            case "#" where index > position.index && source.lines[line].scalars[index - 1] == " ":
                return scan(.comment)
            case ":":
                let next = source.scalar(line: line, index: index + 1)
                if next == "\t" { throw ParseFailure(.tabSeparator, line: line, index: index + 1) }
                if next == nil || next == " " { return scan(.colon) }
                // YAML 1.2 ends the scalar here but popular parsers keep the ':' in the text.
                if inFlow && isFlowIndicator(next) { throw ParseFailure(.missingSpaceAfterColon, line: line, index: index + 1) }
            default:
                if inFlow && isFlowIndicator(scalar) { return scan(.flowIndicator) }
            }
            index += 1
            textEnd = index
        }
        return scan(.endOfLine)
    }

    /// Reads a plain scalar in block context that starts at `position` and may go on over lines
    /// indented more than `parentIndent`. Returns the folded text and the first line after it.
    static func scanBlock(
        _ source: FrontMatterSource, from position: TextPosition, parentIndent: Int
    ) throws(ParseFailure) -> (text: String, nextLine: Int) {
        let first = try scanLine(source, from: position, inFlow: false)
        if first.stop == .colon { throw ParseFailure(.nestedKeyOnLine, line: position.line, index: first.stopIndex) }
        var text = first.text
        var nextLine = position.line + 1
        guard first.stop == .endOfLine else { return (text, nextLine) }

        var blankLines = 0
        var line = position.line + 1
        lines: while line < source.end {
            defer { line += 1 }
            let start: TextPosition
            switch try continuation(source, line: line, parentIndent: parentIndent) {
            case .blank:
                blankLines += 1
                continue
            case .end: break lines
            case .text(let textStart): start = textStart
            }
            try checkContinuationStart(source, at: start)
            let scan = try scanLine(source, from: start, inFlow: false)
            if scan.stop == .colon { throw ParseFailure(.keyInContinuation, line: line, index: scan.stopIndex) }
            text += blankLines == 0 ? " " : String(repeating: "\n", count: blankLines)
            text += scan.text
            blankLines = 0
            nextLine = line + 1
            if scan.stop == .comment { break }
        }
        return (text, nextLine)
    }

    /// What a line after a plain scalar's first line is to the scalar.
    enum ContinuationLine {
        /// Only spaces: it folds into a line break.
        case blank
        /// A comment, or not indented more than the scalar's parent: the scalar ended before it.
        case end
        /// More of the scalar's text, from this position.
        case text(TextPosition)
    }

    /// Reads `line` as a possible continuation of a plain scalar whose parent is indented
    /// `parentIndent`, in block and flow context alike. A tab on a blank line or in the
    /// indentation is refused, as YAML tools disagree about what it means.
    static func continuation(_ source: FrontMatterSource, line: Int, parentIndent: Int) throws(ParseFailure) -> ContinuationLine {
        if source.isWhitespaceOnly(line) {
            if let tab = source.lines[line].scalars.firstIndex(of: "\t") {
                throw ParseFailure(.tabIndentation, line: line, index: tab)
            }
            return .blank
        }
        if source.isBlank(line) { return .end }
        if let tab = source.tabInIndentation(line) { throw ParseFailure(.tabIndentation, line: line, index: tab) }
        let indent = source.indentation(line)
        return indent > parentIndent ? .text(TextPosition(line: line, index: indent)) : .end
    }

    /// Whether a scalar is one of `,[]{}`.
    static func isFlowIndicator(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar == "," || scalar == "[" || scalar == "]" || scalar == "{" || scalar == "}"
    }
}
