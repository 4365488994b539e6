/// The messages the CSV reader reports, named so tests can compare against them.
enum CSVMessages {
    /// The diagnostic code for problems in CSV syntax.
    static let code = "csv"

    static let quoteInUnquotedField = "a double quote inside a field that does not start with one"
    static let quoteInUnquotedFieldHint =
        "put the whole field in double quotes and write each quote inside it twice: \"say \"\"hello\"\"\""
    static let textAfterClosingQuote = "text after the closing quote of a field"
    static let textAfterClosingQuoteHint =
        "a quoted field ends at its closing quote; write a quote inside it twice (\"\")"
    static let unclosedQuote = "a quoted field is never closed"
    static let unclosedQuoteHint = "add the closing double quote at the end of the field"
}
