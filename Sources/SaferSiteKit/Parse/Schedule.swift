import Foundation
import FrontMatter

/// Whether a page is on the site on a given day, from its `publish_date` and `expiry_date`.
///
/// Both are days in the site's time zone (Europe/London): a page is published from the start of
/// its `publish_date` to the end of its `expiry_date`. A date-time counts from its day there; one
/// written without an offset (`2027-01-04T09:00`) is read as a time in that zone, one with an
/// offset (`2027-01-04T23:30:00-05:00`) is moved into it first.
package enum Schedule: Sendable, Equatable {
    /// On the site.
    case published
    /// Not yet: it is published from this day.
    case scheduled(FrontMatterDate)
    /// No longer: this was its last day.
    case expired(FrontMatterDate)

    /// Where a page with these dates stands on `today`.
    package init(publish: FrontMatterDate?, expiry: FrontMatterDate?, today: FrontMatterDate) {
        let today = today.calendarDay
        if let publish = publish.map(Self.londonDay), publish > today {
            self = .scheduled(publish)
        } else if let expiry = expiry.map(Self.londonDay), expiry < today {
            self = .expired(expiry)
        } else {
            self = .published
        }
    }

    /// The day, in the site's time zone, on which a date or date-time falls.
    static func londonDay(_ date: FrontMatterDate) -> FrontMatterDate {
        guard let offset = date.time?.offsetMinutes, let time = date.time,
              let zone = TimeZone(secondsFromGMT: offset * 60) else { return date.calendarDay }
        var written = Calendar(identifier: .gregorian)
        written.timeZone = zone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute,
                                        second: time.second)
        guard let instant = written.date(from: components) else { return date.calendarDay }
        return .today(now: instant)
    }
}

private extension FrontMatterDate {
    /// The calendar day alone, without a time.
    var calendarDay: FrontMatterDate { FrontMatterDate(year: year, month: month, day: day) }
}
