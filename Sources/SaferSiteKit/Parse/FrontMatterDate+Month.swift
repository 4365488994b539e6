import FrontMatter

extension FrontMatterDate {
    /// Reads `2011-10` as a month-only date (October 2011); nil for any other text, `2011-13`
    /// included. YAML reads such a value as text, so the keys that take a date read it here.
    init?(month text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 7, parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), year >= 1, (1...12).contains(month) else { return nil }
        self = .month(year: year, month: month)
    }
}
