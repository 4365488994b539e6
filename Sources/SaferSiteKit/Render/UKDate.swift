import FrontMatter

/// Dates as people in the UK read them: "3 June 2015".
package enum UKDate {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "3 June 2015".
    package static func long(_ date: FrontMatterDate) -> String {
        let month = (1...12).contains(date.month) ? monthNames[date.month - 1] : String(date.month)
        return "\(date.day) \(month) \(date.year)"
    }

    /// The value for a `<time datetime>` attribute: `2015-06-03` or a full date-time.
    package static func machine(_ date: FrontMatterDate) -> String {
        date.iso8601
    }
}
