import Diagnostics

/// Reads YAML block structure — maps and lists nested by indentation — and hands scalars and
/// flow collections to their readers.
///
/// Problems are collected, not thrown: a map or list that meets a bad entry records a diagnostic,
/// skips the lines that belong to that entry and goes on with the next one, and the bad entry is
/// left out, so no value is ever kept from text that had an error.
struct BlockParser {
    /// Where a node starts, which decides what may start there.
    enum Context {
        /// At the start of a line's content: any node.
        case freshLine
        /// After `- ` on the same line: any node (compact nested lists and maps).
        case afterDash
        /// After `key: ` on the same line: no block map or list.
        case afterColon
    }

    /// The lines.
    let source: FrontMatterSource
    /// The first line not yet read.
    private(set) var line = 0
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Lines read as the text of block scalars, where tabs are text rather than indentation.
    private(set) var blockTextLines: Set<Int> = []
    /// How many nodes enclose the one being read.
    private var depth = 0

    /// Creates a parser for the lines.
    init(source: FrontMatterSource) {
        self.source = source
    }

    /// Reads the whole document; nil when it is empty. With `requireMapping`, anything but a
    /// map at the top is an error.
    mutating func parseRoot(requireMapping: Bool) -> FrontMatterNode? {
        guard let first = source.nextContentLine(from: 0) else { return nil }
        if let tab = source.tabInIndentation(first) {
            report(ParseFailure(.tabIndentation, line: first, index: tab))
            return nil
        }
        let start = TextPosition(line: first, index: source.indentation(first))
        let root: FrontMatterNode
        do {
            // In a page, read the first line as 'key: value' so its problems are named as such.
            let opensCollection = source.scalar(start) == "[" || source.scalar(start) == "{"
                || isListItem(line: first, indent: start.index)
            root = requireMapping && !opensCollection
                ? parseMapping(indent: start.index, firstLine: first)
                : try parseNode(at: start, parentIndent: -1, context: .freshLine)
        } catch {
            report(error)
            return nil
        }
        if let extra = source.nextContentLine(from: line) {
            if let tab = source.tabInIndentation(extra) {
                report(ParseFailure(.tabIndentation, line: extra, index: tab))
            } else {
                let indent = source.indentation(extra)
                report(ParseFailure(indent > start.index ? .badIndentation : .unexpectedContent, line: extra, index: indent))
            }
        }
        if requireMapping, case .mapping = root.value {} else if requireMapping {
            report(ParseFailure(.notAMapping, at: start))
            return nil
        }
        return root
    }

    /// Throws when a plain key is not text: a merge key `<<`, or a number, date, true/false or null.
    static func checkPlainKey(_ key: String, at position: TextPosition) throws(ParseFailure) {
        if key == "<<" { throw ParseFailure(.mergeKey, at: position) }
        switch ScalarResolver.resolve(key) {
        case .success(.string): return
        case .success(let value): throw ParseFailure(.keyNotText(key, kind: value.kindName), at: position)
        case .failure(let problem): throw ParseFailure(problem, at: position)
        }
    }
}

// MARK: - Nodes

private extension BlockParser {
    mutating func report(_ failure: ParseFailure) {
        diagnostics.append(source.diagnostic(failure))
    }

    /// Reads the node whose first character is at `start`. Afterwards `line` is the first line after it.
    mutating func parseNode(at start: TextPosition, parentIndent: Int, context: Context) throws(ParseFailure) -> FrontMatterNode {
        guard let first = source.scalar(start) else { return source.node(.null, at: start) }
        guard depth < FrontMatterError.maximumDepth else { throw ParseFailure(.tooDeep, at: start) }
        depth += 1
        defer { depth -= 1 }
        switch first {
        case "-" where source.isSeparator(line: start.line, index: start.index + 1):
            if context == .afterColon { throw ParseFailure(.listNotAllowedHere, at: start) }
            return parseSequence(indent: start.index, firstLine: start.line)
        case "|", ">":
            let (text, next) = try BlockScalarScanner.scan(source, at: start, parentIndent: parentIndent)
            blockTextLines.formUnion(start.line + 1..<next)
            line = next
            return source.node(.string(text), at: start)
        case "[", "{":
            var flow = FlowParser(source: source, at: start, parentIndent: parentIndent, depth: depth)
            let node = try flow.parseCollection()
            try finishLine(after: flow.position, closer: first == "[" ? "]" : "}")
            line = flow.position.line + 1
            return node
        case "\"", "'":
            let quoted = try QuotedScalarScanner.scan(source, at: start, parentIndent: parentIndent)
            let end = quoted.end
            let after = try source.skipSpaces(line: end.line, from: end.index)
            let rest = source.scalar(line: end.line, index: after)
            if rest == ":" {
                guard source.isSeparator(line: end.line, index: after + 1) else {
                    throw ParseFailure(.missingSpaceAfterColon, line: end.line, index: after + 1)
                }
                if context == .afterColon { throw ParseFailure(.nestedKeyOnLine, line: end.line, index: after) }
                if quoted.isMultiLine { throw ParseFailure(.multiLineKey, at: start) }
                return parseMapping(indent: start.index, firstLine: start.line)
            }
            guard rest == nil || (rest == "#" && after > end.index) else {
                throw ParseFailure(.textAfterQuote, line: end.line, index: after)
            }
            line = end.line + 1
            return source.node(.string(quoted.text), at: start)
        default:
            try PlainScalarScanner.checkStart(source, at: start, inFlow: false)
            let first = try PlainScalarScanner.scanLine(source, from: start, inFlow: false)
            if first.stop == .colon {
                if context == .afterColon { throw ParseFailure(.nestedKeyOnLine, line: start.line, index: first.stopIndex) }
                return parseMapping(indent: start.index, firstLine: start.line)
            }
            let (text, next) = try PlainScalarScanner.scanBlock(source, from: start, parentIndent: parentIndent)
            line = next
            switch ScalarResolver.resolve(text) {
            case .success(let value): return source.node(value, at: start)
            case .failure(let problem): throw ParseFailure(problem, at: start)
            }
        }
    }

    /// After a flow collection only a comment may follow on its last line.
    func finishLine(after end: TextPosition, closer: Unicode.Scalar) throws(ParseFailure) {
        let after = try source.skipSpaces(line: end.line, from: end.index)
        let rest = source.scalar(line: end.line, index: after)
        if rest == nil || (rest == "#" && after > end.index) { return }
        if rest == ":" { throw ParseFailure(.collectionKey, line: end.line, index: after) }
        throw ParseFailure(.textAfterFlow(closer), line: end.line, index: after)
    }

    /// The value of a `key:` or `-` with nothing after it on its line: a node on the lines below
    /// indented more than `parentIndent`, a list at the same indentation as a key, or null.
    mutating func valueOnFollowingLines(
        parentIndent: Int, nullAt: TextPosition, allowListAtSameIndent: Bool
    ) throws(ParseFailure) -> FrontMatterNode {
        guard let next = source.nextContentLine(from: line) else { return source.node(.null, at: nullAt) }
        if let tab = source.tabInIndentation(next) { throw ParseFailure(.tabIndentation, line: next, index: tab) }
        let indent = source.indentation(next)
        if indent > parentIndent {
            return try parseNode(at: TextPosition(line: next, index: indent), parentIndent: parentIndent, context: .freshLine)
        }
        if indent == parentIndent && allowListAtSameIndent && isListItem(line: next, indent: indent) {
            return parseSequence(indent: indent, firstLine: next)
        }
        return source.node(.null, at: nullAt)
    }
}

// MARK: - Maps and lists

private extension BlockParser {
    mutating func parseMapping(indent: Int, firstLine: Int) -> FrontMatterNode {
        var entries: [FrontMatterEntry] = []
        var firstLines: [String: Int] = [:]
        var current: Int? = firstLine
        while let entryLine = current {
            do {
                let entry = try parseEntry(line: entryLine, indent: indent)
                if let first = firstLines[entry.key] {
                    report(ParseFailure(.duplicateKey(entry.key, firstLine: first), line: entryLine, index: indent))
                } else {
                    firstLines[entry.key] = entry.line
                    entries.append(entry)
                }
            } catch {
                report(error)
                skip(from: max(entryLine, error.position.line) + 1, deeperThan: indent, listItemsAtIndent: true)
            }
            current = nextEntryLine(indent: indent, isSequence: false)
        }
        return source.node(.mapping(entries), at: TextPosition(line: firstLine, index: indent))
    }

    mutating func parseEntry(line entryLine: Int, indent: Int) throws(ParseFailure) -> FrontMatterEntry {
        let start = TextPosition(line: entryLine, index: indent)
        let key: String
        let colon: Int
        switch source.scalar(start) {
        case "\"", "'":
            let quoted = try QuotedScalarScanner.scan(source, at: start, parentIndent: indent)
            if quoted.isMultiLine { throw ParseFailure(.multiLineKey, at: start) }
            let after = try source.skipSpaces(line: entryLine, from: quoted.end.index)
            guard source.scalar(line: entryLine, index: after) == ":" else {
                throw ParseFailure(.missingColon(after: quoted.text), line: entryLine, index: after)
            }
            guard source.isSeparator(line: entryLine, index: after + 1) else {
                throw ParseFailure(.missingSpaceAfterColon, line: entryLine, index: after + 1)
            }
            key = quoted.text
            colon = after
        case "-" where source.isSeparator(line: entryLine, index: indent + 1):
            throw ParseFailure(.listItemInMap, at: start)
        case "[", "{":
            throw ParseFailure(.collectionKey, at: start)
        default:
            try PlainScalarScanner.checkStart(source, at: start, inFlow: false)
            let scan = try PlainScalarScanner.scanLine(source, from: start, inFlow: false)
            guard scan.stop == .colon else {
                let scalars = Array(scan.text.unicodeScalars)
                if let inner = scalars.firstIndex(of: ":") {
                    throw ParseFailure(.missingSpaceAfterColon, line: entryLine, index: indent + inner + 1)
                }
                throw ParseFailure(.missingColon(after: scan.text), line: entryLine, index: indent + scalars.count)
            }
            try Self.checkPlainKey(scan.text, at: start)
            key = scan.text
            colon = scan.stopIndex
        }
        let keyLocation = source.location(start)
        let valueStart = try source.skipSpaces(line: entryLine, from: colon + 1)
        let next = source.scalar(line: entryLine, index: valueStart)
        let value: FrontMatterNode
        if next == nil || (next == "#" && valueStart > colon + 1) {
            line = entryLine + 1
            value = try valueOnFollowingLines(
                parentIndent: indent, nullAt: TextPosition(line: entryLine, index: colon + 1), allowListAtSameIndent: true)
        } else {
            value = try parseNode(at: TextPosition(line: entryLine, index: valueStart), parentIndent: indent, context: .afterColon)
        }
        return FrontMatterEntry(key: key, line: keyLocation.line, column: keyLocation.column, value: value)
    }

    mutating func parseSequence(indent: Int, firstLine: Int) -> FrontMatterNode {
        var items: [FrontMatterNode] = []
        var current: Int? = firstLine
        while let itemLine = current {
            do {
                items.append(try parseItem(line: itemLine, indent: indent))
            } catch {
                report(error)
                skip(from: max(itemLine, error.position.line) + 1, deeperThan: indent, listItemsAtIndent: false)
            }
            current = nextEntryLine(indent: indent, isSequence: true)
        }
        return source.node(.sequence(items), at: TextPosition(line: firstLine, index: indent))
    }

    mutating func parseItem(line itemLine: Int, indent: Int) throws(ParseFailure) -> FrontMatterNode {
        if source.scalar(line: itemLine, index: indent + 1) == "\t" {
            throw ParseFailure(.tabSeparator, line: itemLine, index: indent + 1)
        }
        let valueStart = try source.skipSpaces(line: itemLine, from: indent + 1)
        let next = source.scalar(line: itemLine, index: valueStart)
        if next == nil || (next == "#" && valueStart > indent + 1) {
            line = itemLine + 1
            return try valueOnFollowingLines(
                parentIndent: indent, nullAt: TextPosition(line: itemLine, index: indent + 1), allowListAtSameIndent: false)
        }
        return try parseNode(at: TextPosition(line: itemLine, index: valueStart), parentIndent: indent, context: .afterDash)
    }

    /// The line of the next entry of a map or list at `indent`, or nil when the collection ends.
    /// Lines indented more than expected are reported and skipped.
    mutating func nextEntryLine(indent: Int, isSequence: Bool) -> Int? {
        while let next = source.nextContentLine(from: line) {
            if let tab = source.tabInIndentation(next) {
                report(ParseFailure(.tabIndentation, line: next, index: tab))
                skip(from: next + 1, deeperThan: indent, listItemsAtIndent: false)
                continue
            }
            let nextIndent = source.indentation(next)
            if nextIndent < indent { return nil }
            if nextIndent > indent {
                report(ParseFailure(.badIndentation, line: next, index: nextIndent))
                skip(from: next + 1, deeperThan: indent, listItemsAtIndent: false)
                continue
            }
            if isSequence && !isListItem(line: next, indent: indent) { return nil }
            return next
        }
        return nil
    }

    /// Moves `line` past the lines that belong to a failed entry: blank lines and lines indented
    /// more than `indent` (and list items at `indent` when a key's list may sit at its indentation).
    mutating func skip(from start: Int, deeperThan indent: Int, listItemsAtIndent: Bool) {
        var index = start
        while index < source.end {
            if !source.isBlank(index) {
                let contentIndent = source.contentStart(index)
                let isOwnListItem = listItemsAtIndent && contentIndent == indent && isListItem(line: index, indent: indent)
                guard contentIndent > indent || isOwnListItem else { break }
            }
            index += 1
        }
        line = index
    }

    /// Whether a line has `- ` (or a lone `-`) at `indent`.
    func isListItem(line index: Int, indent: Int) -> Bool {
        source.scalar(line: index, index: indent) == "-" && source.isSeparator(line: index, index: indent + 1)
    }
}
