import FrontMatter

/// Dates as people in the UK read them: "3 June 2015".
package enum UKDate {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "3 June 2015", or "October 2011" when only the month is known.
    package static func long(_ date: FrontMatterDate) -> String {
        let month = (1...12).contains(date.month) ? monthNames[date.month - 1] : String(date.month)
        return date.isMonthOnly ? "\(month) \(date.year)" : "\(date.day) \(month) \(date.year)"
    }

    /// The value for a `<time datetime>` attribute: `2015-06-03`, a full date-time, or `2011-10`
    /// (HTML's month string) when only the month is known.
    package static func machine(_ date: FrontMatterDate) -> String {
        date.isMonthOnly ? String(date.iso8601.prefix(7)) : date.iso8601
    }
}
