/// Recognises YAML timestamps — `2015-06-03`, `2015-06-03T10:00:00Z`, `2015-06-03 10:00:00.5 +01:00`
/// — and checks that they are on the calendar.
package enum TimestampResolver {
    /// Why a timestamp-shaped scalar is not a real date.
    package struct NotOnCalendar: Error {}

    /// nil when the text is not shaped like a timestamp; otherwise the date, or a failure when
    /// the shape is right but the date or time does not exist (2015-02-30, 25:00:00).
    package static func resolve(_ bytes: [UInt8]) -> Result<FrontMatterDate, NotOnCalendar>? {
        var reader = Reader(bytes: bytes)
        guard let year = reader.digits(4...4), reader.take("-"),
              let month = reader.digits(1...2), reader.take("-"),
              let day = reader.digits(1...2) else { return nil }
        if reader.atEnd {
            // The date-only form needs two-digit month and day.
            guard bytes.count == 10 else { return nil }
            return check(FrontMatterDate(year: year, month: month, day: day))
        }
        guard reader.take("T") || reader.take("t") || reader.skipBlanks() > 0,
              let hour = reader.digits(1...2), reader.take(":"),
              let minute = reader.digits(2...2), reader.take(":"),
              let second = reader.digits(2...2) else { return nil }
        var fraction = ""
        if reader.take(".") {
            fraction = reader.digitText()
        }
        var offset: Int?
        _ = reader.skipBlanks()
        if reader.take("Z") {
            offset = 0
        } else if let sign = reader.sign() {
            guard let hours = reader.digits(1...2) else { return nil }
            var minutes = 0
            if reader.take(":") {
                guard let value = reader.digits(2...2) else { return nil }
                minutes = value
            }
            guard hours <= 23, minutes <= 59 else { return .failure(NotOnCalendar()) }
            offset = sign * (hours * 60 + minutes)
        }
        guard reader.atEnd else { return nil }
        let time = FrontMatterDate.Time(
            hour: hour, minute: minute, second: second, fraction: fraction, offsetMinutes: offset)
        return check(FrontMatterDate(year: year, month: month, day: day, time: time))
    }
}

// MARK: - Helpers

private extension TimestampResolver {
    static func check(_ date: FrontMatterDate) -> Result<FrontMatterDate, NotOnCalendar> {
        guard date.year >= 1, (1...12).contains(date.month), (1...daysIn(month: date.month, year: date.year)).contains(date.day)
        else { return .failure(NotOnCalendar()) }
        if let time = date.time {
            guard time.hour <= 23, time.minute <= 59, time.second <= 59 else { return .failure(NotOnCalendar()) }
        }
        return .success(date)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
            index += 1
            return true
        }

        mutating func digits(_ allowed: ClosedRange<Int>) -> Int? {
            let start = index
            let text = digitText()
            guard allowed.contains(text.count), let value = Int(text) else {
                index = start
                return nil
            }
            return value
        }

        mutating func digitText() -> String {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func skipBlanks() -> Int {
            let start = index
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            return index - start
        }

        mutating func sign() -> Int? {
            if take("+") { return 1 }
            if take("-") { return -1 }
            return nil
        }
    }
}
