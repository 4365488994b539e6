/// A front matter problem in plain words, with a hint on how to put it right.
///
/// Every kind of problem is a named constant, or a function when the words quote the text at fault,
/// so tests and other stages compare against these rather than copying sentences.
public struct FrontMatterError: Error, Sendable, Hashable {
    /// What is wrong, for a person who does not know YAML.
    public let message: String
    /// How to fix it.
    public let hint: String

    /// Creates a problem description.
    public init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}

// MARK: - The page as a whole

public extension FrontMatterError {
    /// The opening `---` has no closing `---`.
    static let unclosedFrontMatter = FrontMatterError(
        message: "the front matter that starts on line 1 is never closed: a line containing only --- belongs here",
        hint: "add a line containing only --- after the last front matter line, before the page's text")
    /// A page's front matter is a list or a single value rather than `key: value` lines.
    static let notAMapping = FrontMatterError(
        message: "front matter must be made of 'key: value' lines",
        hint: "write each setting on its own line as 'key: value', e.g. title: About us")
    /// A second `---` line.
    static let secondDocument = FrontMatterError(
        message: "a second '---' line starts another document, which is not supported",
        hint: "remove this line; a data file or settings file holds one document")
    /// A `...` line.
    static let documentEnd = FrontMatterError(
        message: "a '...' line ends the document early, which is not supported",
        hint: "remove this line; front matter ends with a line containing only ---")
    /// A `%YAML` or `%TAG` line.
    static let directive = FrontMatterError(
        message: "'%' directives are not supported",
        hint: "remove this line")
    /// A control character that YAML does not allow.
    static func invalidCharacter(_ scalar: Unicode.Scalar) -> FrontMatterError {
        FrontMatterError(
            message: "this line contains an invisible control character (U+\(hex(scalar.value)))",
            hint: "delete the character: a web page cannot show it")
    }
    /// Lists and maps nested deeper than `FrontMatterError.maximumDepth`.
    static let tooDeep = FrontMatterError(
        message: "lists and maps are nested more than \(maximumDepth) levels deep here",
        hint: "flatten the structure")
    /// How deep lists and maps may nest; deeper input is refused rather than risking the stack.
    static let maximumDepth = 100
    /// Content left over after the document's top level ended.
    static let unexpectedContent = FrontMatterError(
        message: "this line does not fit with the lines above it",
        hint: "check its indentation: lines at the same level must start in the same column")
}

// MARK: - Indentation and tabs

public extension FrontMatterError {
    /// A tab in a line's indentation.
    static let tabIndentation = FrontMatterError(
        message: "a tab is used to indent this line",
        hint: "indent with spaces; YAML does not allow tabs")
    /// A tab between words or after `:` or `-`, outside quotes.
    static let tabSeparator = FrontMatterError(
        message: "a tab is used here, outside quotes",
        hint: "use spaces instead of tabs, or put the text in quotes")
    /// A line indented further than anything above expects.
    static let badIndentation = FrontMatterError(
        message: "this line is indented more than expected",
        hint: "line it up with the lines above it at the same level; if it continues the text above, put the whole text in quotes")
}

// MARK: - Keys

public extension FrontMatterError {
    /// A line in a map without the `:` that ends its key.
    static func missingColon(after key: String) -> FrontMatterError {
        FrontMatterError(
            message: "expected ':' after key \(quoted(key))",
            hint: "write the setting as 'key: value'; if this line continues the text above, indent it")
    }
    /// `key:value` with no space after the colon.
    static let missingSpaceAfterColon = FrontMatterError(
        message: "expected a space after ':'",
        hint: "write the setting as 'key: value', with a space after the ':'")
    /// A `:` with nothing before it.
    static let missingKey = FrontMatterError(
        message: "a ':' with no key before it",
        hint: "write the key before the ':', e.g. title: About us")
    /// The same key twice in one map.
    static func duplicateKey(_ key: String, firstLine: Int) -> FrontMatterError {
        FrontMatterError(
            message: "the key \(quoted(key)) is used twice in the same map (first on line \(firstLine))",
            hint: "remove one of them, or rename one")
    }
    /// A plain key that YAML reads as a number, date, true/false or null.
    static func keyNotText(_ key: String, kind: String) -> FrontMatterError {
        FrontMatterError(
            message: "the key \(quoted(key)) is read as \(kind), not as text",
            hint: "put the key in quotes: \"\(key)\":")
    }
    /// A key split over lines.
    static let multiLineKey = FrontMatterError(
        message: "a key must fit on one line",
        hint: "put the whole key on one line, followed by ':'")
    /// `? key`.
    static let complexKey = FrontMatterError(
        message: "complex keys ('? ') are not supported",
        hint: "write the key as text followed by ':'")
    /// `[a, b]: value` or `{a: b}: value`.
    static let collectionKey = FrontMatterError(
        message: "a list or map cannot be used as a key",
        hint: "use text as the key, followed by ':'")
    /// `<<: *base`.
    static let mergeKey = FrontMatterError(
        message: "merge keys ('<<') are not supported",
        hint: "write the keys out in full")
    /// `title: Part 1: Intro`.
    static let nestedKeyOnLine = FrontMatterError(
        message: "this value contains ': ', which reads as the start of another key",
        hint: "put the value in quotes, e.g. title: \"Part 1: Introduction\"")
    /// A continuation line of plain text that looks like `key: value`.
    static let keyInContinuation = FrontMatterError(
        message: "this line continues the value above, but contains ': ' as if it were a new key",
        hint: "remove the extra indentation if it is a new key, or put the whole value in quotes")
}

// MARK: - Lists

public extension FrontMatterError {
    /// `key: - item`.
    static let listNotAllowedHere = FrontMatterError(
        message: "a '- ' list item cannot start here",
        hint: "start the list on the next line, indented, with '- ' before each item; or write it as [a, b]")
    /// `- item` among `key: value` lines at the same indentation.
    static let listItemInMap = FrontMatterError(
        message: "a '- ' list item is mixed with 'key: value' lines at the same indentation",
        hint: "put the list under a key ('key:' on the line above), or make this line 'key: value'")
}

// MARK: - Values

public extension FrontMatterError {
    /// A value starting with a character YAML reserves.
    static func cannotStartWith(_ scalar: Unicode.Scalar) -> FrontMatterError {
        FrontMatterError(
            message: "a value cannot start with '\(Character(scalar))'",
            hint: "put the value in quotes, e.g. \"\(Character(scalar))...\"")
    }
    /// A plain continuation line starting with a character YAML reserves.
    static func continuationStartsWith(_ scalar: Unicode.Scalar) -> FrontMatterError {
        FrontMatterError(
            message: "this line continues the text above but starts with '\(Character(scalar))'",
            hint: "put the whole text in quotes, or fix the indentation if this line is not part of it")
    }
    /// `&anchor`.
    static let anchor = FrontMatterError(
        message: "anchors ('&name') are not supported",
        hint: "write the value out in full; if '&' is part of the text, put the text in quotes")
    /// `*alias`.
    static let alias = FrontMatterError(
        message: "aliases ('*name') are not supported",
        hint: "write the value out in full; if '*' is part of the text, put the text in quotes")
    /// `!tag` or `!!tag`.
    static let tag = FrontMatterError(
        message: "tags ('!' or '!!') are not supported",
        hint: "remove the tag; if '!' is part of the text, put the text in quotes")
    /// A whole number that does not fit.
    static func integerTooLarge(_ text: String) -> FrontMatterError {
        FrontMatterError(
            message: "the number \(quoted(text)) is too large",
            hint: "use a smaller number, or put it in quotes to keep it as text")
    }
    /// A decimal number beyond the range of a double.
    static func numberTooLarge(_ text: String) -> FrontMatterError {
        FrontMatterError(
            message: "the number \(quoted(text)) is too large",
            hint: "use a smaller number, .inf for infinity, or put it in quotes to keep it as text")
    }
    /// A number spelling that YAML tools disagree about (`0b101`, `1_000`, `+0x1F`).
    static func ambiguousNumber(_ text: String) -> FrontMatterError {
        FrontMatterError(
            message: "\(quoted(text)) is a number to some YAML tools and text to others",
            hint: "write the number with plain digits (e.g. 1000), or put it in quotes to keep it as text")
    }
    /// A date that is not on the calendar.
    static func invalidDate(_ text: String) -> FrontMatterError {
        FrontMatterError(
            message: "\(quoted(text)) is not a real date or time",
            hint: "fix the date (YYYY-MM-DD) or time (HH:MM:SS), or put it in quotes to keep it as text")
    }
}

// MARK: - Quoted and block text

public extension FrontMatterError {
    /// A quote never closed.
    static let unclosedQuote = FrontMatterError(
        message: "the quoted text starting here is never closed",
        hint: "add the closing quote; if the text goes on to the next line, indent that line more than the key")
    /// `"a"b`.
    static let textAfterQuote = FrontMatterError(
        message: "there is text after the closing quote",
        hint: "put all of the text inside the quotes, or start a comment with ' #'")
    /// A backslash escape that YAML does not define.
    static let invalidEscape = FrontMatterError(
        message: "this backslash does not start a valid escape in double-quoted text",
        hint: "write \\\\ for a backslash, or use single quotes, which keep backslashes as they are")
    /// An escape such as `\0`, `\x01` or `\e` that makes an invisible control character.
    static func controlEscape(_ scalar: Unicode.Scalar) -> FrontMatterError {
        FrontMatterError(
            message: "this escape makes an invisible control character (U+\(hex(scalar.value))), which a web page cannot show",
            hint: "remove the escape; in double quotes write \\n for a line break and \\t for a tab")
    }
    /// `| x` or `|0`.
    static let invalidBlockHeader = FrontMatterError(
        message: "only '-', '+' and one digit from 1 to 9 may follow '|' or '>'",
        hint: "start the text on the next line, indented more than the key")
    /// An indentation digit on a block scalar that is the whole document.
    static let indentDigitAtTop = FrontMatterError(
        message: "an indentation digit after '|' or '>' is not supported at the top of a document",
        hint: "remove the digit")
    /// A blank line before block text with spaces, but not as many as the text: YAML tools disagree about it.
    static let blankLineSpaces = FrontMatterError(
        message: "this blank line at the start of the block text has a different number of spaces from the text",
        hint: "remove the spaces from this blank line")
}

// MARK: - Flow collections

public extension FrontMatterError {
    /// `[a, b` or `{a: 1` never closed.
    static func unclosedFlow(_ open: Unicode.Scalar) -> FrontMatterError {
        let close = open == "[" ? "]" : "}"
        return FrontMatterError(
            message: "the \(open == "[" ? "list" : "map") starting here with '\(Character(open))' is never closed",
            hint: "add the closing '\(close)'; if it goes on to the next lines, indent them more than the key")
    }
    /// Something other than `,` or the closing bracket after an item.
    static func expectedCommaOr(_ close: Unicode.Scalar) -> FrontMatterError {
        FrontMatterError(
            message: "expected ',' or '\(Character(close))' here",
            hint: "separate items with ', ' and put text containing ',', ':', '[', ']', '{' or '}' in quotes")
    }
    /// `[a, , b]` or `[, a]`.
    static let emptyFlowItem = FrontMatterError(
        message: "there is an empty item here (two commas, or a comma straight after the bracket)",
        hint: "remove the extra ','")
    /// `[a: 1]`.
    static let pairInFlowList = FrontMatterError(
        message: "a 'key: value' pair directly inside [ ] is not supported",
        hint: "write it as a map in braces: [{key: value}]")
    /// `text after ]`.
    static func textAfterFlow(_ close: Unicode.Scalar) -> FrontMatterError {
        FrontMatterError(
            message: "there is text after the closing '\(Character(close))'",
            hint: "remove it, or start a comment with ' #'")
    }
}

// MARK: - Helpers

private extension FrontMatterError {
    static func quoted(_ text: String) -> String {
        let limit = 40
        return text.count > limit ? "'\(text.prefix(limit))...'" : "'\(text)'"
    }
}

extension FrontMatterError {
    /// A code point as U+ writes it: at least four upper-case hex digits.
    package static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
