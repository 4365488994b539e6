import Diagnostics

/// Reads CSV text as RFC 4180 defines it: fields separated by commas, records by line breaks
/// (CRLF, LF or CR), and fields in double quotes holding commas, line breaks and doubled quotes.
///
/// Every field keeps its line and column, so later checks can point into the file. Problems are
/// reported as diagnostics rather than thrown; reading carries on where it sensibly can.
/// Two leniencies: a byte-order mark at the start is ignored, and blank lines are skipped.
public enum CSVReader {
    /// The records of `text`, and any problems found, located in `file`.
    public static func read(_ text: String, file: String) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        var scanner = Scanner(file: file)
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        scanner.scan(characters)
        return (scanner.records, scanner.diagnostics)
    }
}

// MARK: - Helpers

private extension CSVReader {
    /// A single pass over the characters, as a small state machine.
    struct Scanner {
        enum State {
            case fieldStart, unquoted, quoted, quoteInQuoted
        }

        let file: String
        var records: [CSVRecord] = []
        var diagnostics: [Diagnostic] = []
        var state = State.fieldStart
        var fields: [CSVField] = []
        var text = ""
        var line = 1
        var column = 1
        var fieldStart = (line: 1, column: 1)
        var recordLine = 1

        init(file: String) {
            self.file = file
        }

        mutating func scan(_ characters: Substring) {
            for character in characters {
                consume(character)
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            finish()
        }

        mutating func consume(_ character: Character) {
            switch state {
            case .fieldStart:
                fieldStart = (line, column)
                if fields.isEmpty { recordLine = line }
                if character == "\"" {
                    state = .quoted
                } else {
                    state = .unquoted
                    consume(character)
                }
            case .unquoted:
                if character == "," {
                    endField()
                } else if character.isNewline {
                    endRecord()
                } else {
                    if character == "\"" {
                        report(CSVMessages.quoteInUnquotedField, hint: CSVMessages.quoteInUnquotedFieldHint)
                    }
                    text.append(character)
                }
            case .quoted:
                if character == "\"" {
                    state = .quoteInQuoted
                } else {
                    text.append(character)
                }
            case .quoteInQuoted:
                if character == "\"" {
                    text.append("\"")
                    state = .quoted
                } else if character == "," {
                    endField()
                } else if character.isNewline {
                    endRecord()
                } else {
                    report(CSVMessages.textAfterClosingQuote, hint: CSVMessages.textAfterClosingQuoteHint)
                    text.append(character)
                    state = .unquoted
                }
            }
        }

        mutating func finish() {
            switch state {
            case .quoted:
                diagnostics.append(.error(
                    CSVMessages.unclosedQuote,
                    at: SourceLocation(file: file, line: fieldStart.line, column: fieldStart.column),
                    hint: CSVMessages.unclosedQuoteHint, code: CSVMessages.code
                ))
                endRecord()
            case .unquoted, .quoteInQuoted:
                endRecord()
            case .fieldStart:
                // Text ending with a comma has one more, empty, field.
                if !fields.isEmpty {
                    fieldStart = (line, column)
                    endRecord()
                }
            }
        }

        mutating func endField() {
            fields.append(CSVField(text: text, line: fieldStart.line, column: fieldStart.column))
            text = ""
            state = .fieldStart
        }

        mutating func endRecord() {
            let blank = fields.isEmpty && text.isEmpty && state == .unquoted
            endField()
            if !blank { records.append(CSVRecord(fields: fields, line: recordLine)) }
            fields = []
        }

        mutating func report(_ message: String, hint: String) {
            diagnostics.append(.error(
                message, at: SourceLocation(file: file, line: line, column: column),
                hint: hint, code: CSVMessages.code
            ))
        }
    }
}
