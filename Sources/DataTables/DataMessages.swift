import FrontMatter

/// The messages the data decoder and the totals check report, named so tests can compare
/// against them.
enum DataMessages {
    /// The diagnostic code for problems in a table's data.
    static let code = "data-table"
    /// The diagnostic code for a declared total that does not match its rows.
    static let totalCode = "data-total"

    static let kinds = "trend, money or figures"

    static func notAMapping(_ what: String, found: FrontMatterValue) -> String {
        "\(what) should be a set of keys and values, not \(found.kindName)"
    }
    static func missingKey(_ key: String, in what: String) -> String {
        "\(what) needs '\(key)'"
    }
    static func unknownKey(_ key: String, in what: String) -> String {
        "unknown key '\(key)' in \(what)"
    }
    static func unknownKeyHint(suggestion: String?, known: [String]) -> String {
        if let suggestion { return "did you mean '\(suggestion)'?" }
        return "known keys: " + known.joined(separator: ", ")
    }
    static func wrongType(_ key: String, expected: String, found: FrontMatterValue) -> String {
        "'\(key)' should be \(expected), not \(found.kindName)"
    }
    static func unknownKind(_ kind: String) -> String {
        "unknown table kind '\(kind)'"
    }
    static func unknownChoice(_ key: String, _ value: String, choices: [String]) -> String {
        "'\(key)' is '\(value)', which is not one of: " + choices.joined(separator: ", ")
    }
    static func notANumber(_ text: String) -> String {
        "'\(text)' is not a number SaferSite can read exactly"
    }
    static let notANumberHint = "write digits with an optional decimal point and no exponent, e.g. 12500.50 or \"5,000\""
    static func unknownMark(_ mark: String) -> String {
        "'\(mark)' is not a mark SaferSite knows for a figure"
    }
    static func unknownMarkHint(_ figure: String) -> String {
        "write \"\(figure) (projected)\" for a forecast or \"\(figure) (part year)\" for part of the period, or the number alone"
    }
    static let emptyText = "this text is empty"
    static func countMismatch(_ what: String, found: Int, expected: Int, of: String) -> String {
        "\(what) has \(found) \(found == 1 ? "value" : "values") but the table has \(expected) \(of)"
    }
    static let seriesAndStated = "a trend row has either 'values' or a stated 'change', not both"
    static let seriesAndStatedHint =
        "give 'values' when the figures are published, or 'change' and 'period' when only the change is"
    static let neitherSeriesNorStated = "a trend row needs 'values' (one per period) or a stated 'change'"
    static let statedNeedsPeriod = "a stated 'change' needs the 'period' it covers"
    static let statedNeedsPeriodHint = "e.g. period: 2010/11, or period: 2013/14 to 2014/15"
    static let onlyWithStated = "'period' and 'qualifier' belong to a stated 'change'"
    static let onlyWithStatedHint = "the change of a series is computed from its values"
    static let compareOnlyWithSeries = "'compare' belongs to a row with 'values': a stated change is already compared"
    static let compareOnlyWithSeriesHint = "delete the 'compare' line"
    static let seriesWithoutPeriods = "a trend row has 'values' but the table has no 'periods'"
    static let decimalsRange = "'decimals' should be a whole number from 0 to 4"
    static let tooManyPence = "an amount of money has at most two decimal places (pence)"
    static let moneyUnit = "a money table is always in pounds"
    static let unknownGroup = "no row is in this group"
    static let unknownGroupHint = "give rows 'group: NAME' to sub-total them, or use 'of: all'"
    static let csvAndRows = "a table takes its rows from 'csv' or from its own rows, not both"
    static let csvNotRead = "this table's CSV file is not in the same folder, or could not be read"
    static let csvNotReadHint = "put the CSV file beside this one and write its name alone, e.g. 'csv: funding.csv'"
    static let missingCSVCaption = "a table read from CSV needs a caption"
    static func missingCSVCaptionHint(name: String) -> String {
        "put the caption (and source) in \(name).yaml beside it, with 'csv: \(name).csv'"
    }
    static let emptyCSV = "the CSV file has no header row"
    static func unknownCSVKind(_ header: String) -> String {
        "the first column of a CSV table is '\(header)'; it should be measure (trend), label (money) or value (figures)"
    }
    static func csvKindMismatch(declared: String, found: String) -> String {
        "the table says 'kind: \(declared)' but its CSV file is laid out for \(found)"
    }
    static func csvFieldCount(found: Int, expected: Int) -> String {
        "this record has \(found) fields but the header has \(expected)"
    }
    static func duplicateColumn(_ header: String) -> String {
        "the column '\(header)' appears twice in the header"
    }
    static func csvDuplicatesMetadata(_ key: String) -> String {
        "'\(key)' comes from the CSV header when a table reads its rows from CSV"
    }
    static func totalMismatch(label: String, column: String, declared: String, computed: String) -> String {
        "the total '\(label)' for \(column) is declared as \(declared) but its rows add up to \(computed)"
    }
    static func totalHint(scope: MoneyTotal.Scope) -> String {
        switch scope {
        case .all: "check every row's amount in this column and the declared total"
        case .group(let group): "check the amounts of the rows in group '\(group)' and the declared sub-total"
        }
    }
    static let overflow = "these amounts are too large to add up exactly"
}
