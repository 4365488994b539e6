import Foundation
import FrontMatter

extension FrontMatterDate {
    /// The date in the UK now (Europe/London), which is the day the review-date check compares against.
    public static func today(now: Date = Date()) -> FrontMatterDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return FrontMatterDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// A calendar date written `YYYY-MM-DD` (as `--today` and `SAFERSITE_TODAY` take it), or nil
    /// when the text is not one or the day is not on the calendar.
    package init?(day text: String) {
        guard text.utf8.count == 10, case .success(let date)? = TimestampResolver.resolve(Array(text.utf8)), date.time == nil else {
            return nil
        }
        self = date
    }
}
