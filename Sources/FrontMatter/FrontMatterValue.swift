import Foundation

/// A value read from front matter or a data file, with YAML 1.2 core-schema meaning.
public indirect enum FrontMatterValue: Sendable, Hashable {
    /// `null`, `Null`, `NULL`, `~`, or nothing at all.
    case null
    /// `true`/`false` (and their `True`/`TRUE` spellings). `yes`, `no`, `on`, `off` are strings.
    case bool(Bool)
    /// A whole number: decimal, `0o` octal or `0x` hexadecimal.
    case int(Int)
    /// A floating-point number. `literal` keeps the text as written, so money can be read exactly.
    case float(Double, literal: String)
    /// Text from a plain, quoted or block scalar.
    case string(String)
    /// An ISO 8601 date (`2015-06-03`) or date-time (`2015-06-03T10:00:00Z`).
    case date(FrontMatterDate)
    /// A block (`- item`) or flow (`[a, b]`) sequence.
    case sequence([FrontMatterNode])
    /// A block or flow mapping, in the order written. Keys are unique.
    case mapping([FrontMatterEntry])
}

/// A value with the place it was written, so later stages can point at it.
public struct FrontMatterNode: Sendable, Hashable {
    /// The value.
    public var value: FrontMatterValue
    /// 1-based line in the file (front matter lines count from the file's first line).
    public var line: Int
    /// 1-based column in characters.
    public var column: Int

    /// Creates a node.
    public init(_ value: FrontMatterValue, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One `key: value` pair of a mapping.
public struct FrontMatterEntry: Sendable, Hashable {
    /// The key, as text.
    public var key: String
    /// 1-based line of the key.
    public var line: Int
    /// 1-based column of the key.
    public var column: Int
    /// The value.
    public var value: FrontMatterNode

    /// Creates an entry.
    public init(key: String, line: Int, column: Int, value: FrontMatterNode) {
        self.key = key
        self.line = line
        self.column = column
        self.value = value
    }
}

/// A calendar date, with an optional time of day and UTC offset, exactly as written.
public struct FrontMatterDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hour, minute, second and fraction, when a time was given.
    public var time: Time?
    /// Whether only the month is known (`date: 2011-10`); `day` is then 1, for the formats
    /// (feeds, sitemaps) that need a day.
    public var isMonthOnly = false

    /// A time of day with its offset from UTC.
    public struct Time: Sendable, Hashable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        /// Fractional seconds as written after the dot (e.g. "5" for .5), or empty.
        public var fraction: String
        /// Offset from UTC in minutes; nil when no zone was written (YAML then means UTC).
        public var offsetMinutes: Int?

        public init(hour: Int, minute: Int, second: Int, fraction: String = "", offsetMinutes: Int? = nil) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.fraction = fraction
            self.offsetMinutes = offsetMinutes
        }
    }

    public init(year: Int, month: Int, day: Int, time: Time? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// A date of which only the year and month are known, e.g. October 2011.
    public static func month(year: Int, month: Int) -> FrontMatterDate {
        var date = FrontMatterDate(year: year, month: month, day: 1)
        date.isMonthOnly = true
        return date
    }

    /// ISO 8601 text: `2015-06-03`, or `2015-06-03T10:00:00Z` / `...+01:00` with a time.
    public var iso8601: String {
        var text = Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
        guard let time else { return text }
        text += "T" + Self.padded(time.hour, 2) + ":" + Self.padded(time.minute, 2) + ":" + Self.padded(time.second, 2)
        if !time.fraction.isEmpty { text += "." + time.fraction }
        if let offset = time.offsetMinutes, offset != 0 {
            text += (offset < 0 ? "-" : "+") + Self.padded(abs(offset) / 60, 2) + ":" + Self.padded(abs(offset) % 60, 2)
        } else {
            text += "Z"
        }
        return text
    }

    /// A number with leading zeros up to `width` digits (without Foundation's `String(format:)`,
    /// which showed up in profiles).
    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Orders by calendar day first, then by time (a date without a time sorts first on its day).
    /// A month-only date sorts before every day of its month: it is not known to be later.
    public static func < (lhs: FrontMatterDate, rhs: FrontMatterDate) -> Bool {
        if (lhs.year, lhs.month, lhs.sortableDay) != (rhs.year, rhs.month, rhs.sortableDay) {
            return (lhs.year, lhs.month, lhs.sortableDay) < (rhs.year, rhs.month, rhs.sortableDay)
        }
        return lhs.sortableTime < rhs.sortableTime
    }

    private var sortableDay: Int { isMonthOnly ? 0 : day }

    private var sortableTime: Int {
        guard let time else { return -1 }
        return (time.hour * 60 + time.minute - (time.offsetMinutes ?? 0)) * 60 + time.second
    }
}

public extension FrontMatterValue {
    /// The name of the value's kind, for messages: "text", "a whole number", "a list"...
    var kindName: String {
        switch self {
        case .null: "nothing (null)"
        case .bool: "true or false"
        case .int: "a whole number"
        case .float: "a number"
        case .string: "text"
        case .date: "a date"
        case .sequence: "a list"
        case .mapping: "a set of keys and values"
        }
    }

    /// The text of a string value; nil for anything else.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value of a key in a mapping; nil when this is not a mapping or lacks the key.
    subscript(key: String) -> FrontMatterNode? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}
