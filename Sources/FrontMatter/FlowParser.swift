/// Reads flow collections — `[a, "b, c"]` and `{a: 1, b: [2, 3]}` — nested, and over several
/// lines when those lines are indented more than the block the collection sits in.
struct FlowParser {
    /// The lines.
    let source: FrontMatterSource
    /// Indentation of the enclosing block collection; continuation lines must be indented more.
    let parentIndent: Int
    /// Where reading has got to.
    private(set) var position: TextPosition
    /// How many collections enclose the one being read.
    private var depth: Int

    /// Creates a reader for the collection whose bracket is at `start`, inside `depth` others.
    init(source: FrontMatterSource, at start: TextPosition, parentIndent: Int, depth: Int) {
        self.source = source
        self.parentIndent = parentIndent
        self.position = start
        self.depth = depth
    }

    /// Reads the collection; afterwards `position` is just after its closing bracket.
    mutating func parseCollection() throws(ParseFailure) -> FrontMatterNode {
        guard depth < FrontMatterError.maximumDepth else { throw ParseFailure(.tooDeep, at: position) }
        depth += 1
        defer { depth -= 1 }
        return source.scalar(position) == "[" ? try parseSequence() : try parseMapping()
    }
}

// MARK: - Helpers

private extension FlowParser {
    mutating func parseSequence() throws(ParseFailure) -> FrontMatterNode {
        let open = position
        position.index += 1
        var items: [FrontMatterNode] = []
        while true {
            try skipSeparation(open: open)
            let scalar = source.scalar(position)
            if scalar == "]" { break }
            if scalar == "," { throw ParseFailure(.emptyFlowItem, at: position) }
            items.append(try parseNode(open: open))
            try skipSeparation(open: open)
            switch source.scalar(position) {
            case ",": position.index += 1
            case "]": break
            case ":": throw ParseFailure(.pairInFlowList, at: position)
            default: throw ParseFailure(.expectedCommaOr("]"), at: position)
            }
            if source.scalar(position) == "]" { break }
        }
        position.index += 1
        return source.node(.sequence(items), at: open)
    }

    mutating func parseMapping() throws(ParseFailure) -> FrontMatterNode {
        let open = position
        position.index += 1
        var entries: [FrontMatterEntry] = []
        var firstLines: [String: Int] = [:]
        while true {
            try skipSeparation(open: open)
            let keyPosition = position
            let scalar = source.scalar(position)
            if scalar == "}" { break }
            if scalar == "," { throw ParseFailure(.emptyFlowItem, at: position) }
            let key = try parseKey()
            let keyLocation = source.location(keyPosition)
            try skipSpacesOnLine()
            guard source.scalar(position) == ":" else {
                throw ParseFailure(.missingColon(after: key), at: position)
            }
            let colon = position
            position.index += 1
            try skipSeparation(open: open)
            let value: FrontMatterNode
            if source.scalar(position) == "," || source.scalar(position) == "}" {
                value = source.node(.null, at: TextPosition(line: colon.line, index: colon.index + 1))
            } else {
                value = try parseNode(open: open)
            }
            if let firstLine = firstLines[key] {
                throw ParseFailure(.duplicateKey(key, firstLine: firstLine), at: keyPosition)
            }
            firstLines[key] = keyLocation.line
            entries.append(FrontMatterEntry(key: key, line: keyLocation.line, column: keyLocation.column, value: value))
            try skipSeparation(open: open)
            switch source.scalar(position) {
            case ",": position.index += 1
            case "}": break
            default: throw ParseFailure(.expectedCommaOr("}"), at: position)
            }
            if source.scalar(position) == "}" { break }
        }
        position.index += 1
        return source.node(.mapping(entries), at: open)
    }

    /// A key: quoted text on one line, or plain text that reads as text.
    mutating func parseKey() throws(ParseFailure) -> String {
        let start = position
        switch source.scalar(start) {
        case "\"", "'":
            let quoted = try QuotedScalarScanner.scan(source, at: start, parentIndent: parentIndent)
            if quoted.isMultiLine { throw ParseFailure(.multiLineKey, at: start) }
            position = quoted.end
            return quoted.text
        case "[", "{":
            throw ParseFailure(.collectionKey, at: start)
        default:
            try PlainScalarScanner.checkStart(source, at: start, inFlow: true)
            let scan = try PlainScalarScanner.scanLine(source, from: start, inFlow: true)
            position.index = scan.stopIndex
            try BlockParser.checkPlainKey(scan.text, at: start)
            return scan.text
        }
    }

    /// A value: a nested collection, a quoted scalar or a plain scalar.
    mutating func parseNode(open: TextPosition) throws(ParseFailure) -> FrontMatterNode {
        let start = position
        switch source.scalar(start) {
        case "[", "{":
            return try parseCollection()
        case "\"", "'":
            let quoted = try QuotedScalarScanner.scan(source, at: start, parentIndent: parentIndent)
            position = quoted.end
            let next = source.scalar(position)
            if next == "\t" { throw ParseFailure(.tabSeparator, at: position) }
            guard next == nil || next == " " || next == ":" || PlainScalarScanner.isFlowIndicator(next) else {
                throw ParseFailure(.textAfterQuote, at: position)
            }
            return source.node(.string(quoted.text), at: start)
        default:
            try PlainScalarScanner.checkStart(source, at: start, inFlow: true)
            let text = try scanPlain()
            switch ScalarResolver.resolve(text) {
            case .success(let value): return source.node(value, at: start)
            case .failure(let problem): throw ParseFailure(problem, at: start)
            }
        }
    }

    /// Reads a plain scalar in flow context, folding continuation lines.
    mutating func scanPlain() throws(ParseFailure) -> String {
        let first = try PlainScalarScanner.scanLine(source, from: position, inFlow: true)
        var text = first.text
        position.index = first.stopIndex
        guard first.stop == .endOfLine else { return text }
        var line = position.line + 1
        var blankLines = 0
        lines: while line < source.end {
            let start: TextPosition
            switch try PlainScalarScanner.continuation(source, line: line, parentIndent: parentIndent) {
            case .blank:
                blankLines += 1
                line += 1
                continue
            case .end: break lines
            case .text(let textStart): start = textStart
            }
            let scalar = source.scalar(start)
            let next = source.scalar(line: line, index: start.index + 1)
            let isColon = scalar == ":" && (next == nil || next == " ")
            if PlainScalarScanner.isFlowIndicator(scalar) && scalar != "[" && scalar != "{" || isColon { break }
            try PlainScalarScanner.checkContinuationStart(source, at: start)
            let scan = try PlainScalarScanner.scanLine(source, from: start, inFlow: true)
            text += blankLines == 0 ? " " : String(repeating: "\n", count: blankLines)
            text += scan.text
            blankLines = 0
            position = TextPosition(line: line, index: scan.stopIndex)
            if scan.stop != .endOfLine { break }
            line += 1
        }
        return text
    }

    /// Skips spaces, comments and line breaks. The collection must be closed before the front
    /// matter ends and before a line that is not indented more than its block.
    mutating func skipSeparation(open: TextPosition) throws(ParseFailure) {
        while true {
            guard let scalar = source.scalar(position) else {
                var line = position.line + 1
                while line < source.end && source.isBlank(line) { line += 1 }
                guard line < source.end else { throw ParseFailure(.unclosedFlow(source.scalar(open) ?? "["), at: open) }
                if let tab = source.tabInIndentation(line) { throw ParseFailure(.tabIndentation, line: line, index: tab) }
                guard source.indentation(line) > parentIndent else {
                    throw ParseFailure(.unclosedFlow(source.scalar(open) ?? "["), at: open)
                }
                position = TextPosition(line: line, index: source.indentation(line))
                continue
            }
            switch scalar {
            case " ":
                position.index += 1
            case "\t":
                throw ParseFailure(.tabSeparator, at: position)
            case "#" where position.index == 0 || source.scalar(line: position.line, index: position.index - 1) == " ":
                position.index = source.length(position.line)
            default:
                return
            }
        }
    }

    /// Skips spaces on the current line only (a key and its ':' must share a line).
    mutating func skipSpacesOnLine() throws(ParseFailure) {
        position.index = try source.skipSpaces(line: position.line, from: position.index)
    }
}
