/// A decimal number held exactly, as a whole number of units and a count of decimal places.
///
/// `12500.50` is 1250050 units at 2 places. Money and published figures are never held as
/// floating point, so sums are exact (0.10 + 0.20 is exactly 0.30) and output never shows float
/// noise. Arithmetic that would overflow 64 bits reports nil rather than trapping.
public struct ExactNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The number times 10^places, e.g. 1250050 for 12500.50.
    public var units: Int
    /// How many decimal places the number was written with (0...9).
    public var places: Int

    /// The largest number of decimal places a figure may be written with.
    public static let maximumPlaces = 9

    /// Creates a number from units and places: `ExactNumber(units: 95, places: 1)` is 9.5.
    public init(units: Int, places: Int = 0) {
        self.units = units
        self.places = places
    }

    /// Zero, written without decimals.
    public static let zero = ExactNumber(units: 0)

    /// Reads a decimal written in plain notation: an optional sign, digits (optionally grouped
    /// in threes with commas, `5,000`), and optional decimals. An exponent (`1e5`), a currency
    /// sign, or anything else gives nil.
    public init?(parsing text: String) {
        var scalars = Substring(text.trimmedForData())
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars = scalars.dropFirst()
        }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? parts[1] : ""
        // YAML allows `.5`; treat a missing whole part as 0.
        let whole = parts[0].isEmpty && !fraction.isEmpty ? Substring("0") : parts[0]
        guard whole.isValidGrouping, parts.count == 1 || !fraction.isEmpty,
              fraction.allSatisfy(\.isDataDigit),
              fraction.count <= Self.maximumPlaces
        else { return nil }
        var units = 0
        for character in whole.filter({ $0 != "," }) + fraction {
            let (shifted, o1) = units.multipliedReportingOverflow(by: 10)
            let (added, o2) = shifted.addingReportingOverflow(character.dataDigitValue)
            guard !o1, !o2 else { return nil }
            units = added
        }
        self.units = negative ? -units : units
        self.places = fraction.count
    }

    /// Whether the number is exactly zero.
    public var isZero: Bool { units == 0 }

    /// Whether the number is below zero.
    public var isNegative: Bool { units < 0 }

    /// The number without its sign.
    public var magnitude: ExactNumber { ExactNumber(units: abs(units), places: places) }

    /// Plain text with a `-` sign and no grouping, e.g. `-1234.50`: the form used in CSV output.
    public var description: String {
        ExactNumberFormat(places: places, grouping: false, minusSign: "-").string(for: self)
    }

    /// Compares by value: 2.50 equals 2.5 here even though their places differ.
    public static func == (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        guard let (a, b) = aligned(lhs, rhs) else { return false }
        return a == b
    }

    /// Hashes by value, so numbers that compare equal hash equally.
    public func hash(into hasher: inout Hasher) {
        let normal = withoutTrailingZeros
        hasher.combine(normal.units)
        hasher.combine(normal.places)
    }

    /// The same value with no trailing zero decimals: 25.0 becomes 25, 2.50 becomes 2.5.
    public var withoutTrailingZeros: ExactNumber {
        var normal = self
        while normal.places > 0, normal.units % 10 == 0 {
            normal.units /= 10
            normal.places -= 1
        }
        return normal
    }

    /// Orders by value.
    public static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        guard let (a, b) = aligned(lhs, rhs) else {
            return lhs.units.signum() < rhs.units.signum()
        }
        return a < b
    }
}

// MARK: - Arithmetic

public extension ExactNumber {
    /// The exact sum, with the larger number of places; nil on overflow.
    func adding(_ other: ExactNumber) -> ExactNumber? {
        guard let (a, b) = Self.aligned(self, other) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        // Int.min has no positive counterpart, so `magnitude` and negation could trap on it.
        return overflow || sum == .min ? nil : ExactNumber(units: sum, places: max(places, other.places))
    }

    /// The exact difference `self - other`; nil on overflow.
    func subtracting(_ other: ExactNumber) -> ExactNumber? {
        guard other.units != .min else { return nil }
        return adding(ExactNumber(units: -other.units, places: other.places))
    }

    /// The number written with `newPlaces` decimals, rounding half away from zero
    /// (2.25 → 2.3, -2.25 → -2.3); nil on overflow.
    func rounded(toPlaces newPlaces: Int) -> ExactNumber? {
        if newPlaces >= places {
            guard let factor = Self.power(newPlaces - places) else { return nil }
            let (scaled, overflow) = units.multipliedReportingOverflow(by: factor)
            return overflow ? nil : ExactNumber(units: scaled, places: newPlaces)
        }
        guard let divisor = Self.power(places - newPlaces) else { return nil }
        return ExactNumber(units: Self.divideRoundingHalfAwayFromZero(units, divisor), places: newPlaces)
    }

    /// The percentage change from `old` to `new`, `(new - old) / |old| × 100`, rounded half away
    /// from zero to `places` decimals; nil when `old` is zero (no percentage exists) or on overflow.
    static func percentChange(from old: ExactNumber, to new: ExactNumber, places: Int) -> ExactNumber? {
        guard !old.isZero, let change = new.subtracting(old),
              let (numerator, denominator) = aligned(change, old.magnitude),
              let scale = power(places + 2)
        else { return nil }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        return ExactNumber(units: divideRoundingHalfAwayFromZero(scaled, denominator), places: places)
    }

    /// The exact sum of many numbers; nil on overflow. The sum of nothing is zero.
    static func sum(_ numbers: some Sequence<ExactNumber>) -> ExactNumber? {
        var total = ExactNumber.zero
        for number in numbers {
            guard let next = total.adding(number) else { return nil }
            total = next
        }
        return total
    }
}

// MARK: - Helpers

extension ExactNumber {
    /// 10^exponent, or nil when it does not fit in 64 bits.
    static func power(_ exponent: Int) -> Int? {
        guard exponent >= 0, exponent <= 18 else { return nil }
        var result = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// Both numbers' units at the same number of places; nil on overflow.
    static func aligned(_ a: ExactNumber, _ b: ExactNumber) -> (Int, Int)? {
        let places = max(a.places, b.places)
        guard let x = a.rounded(toPlaces: places), let y = b.rounded(toPlaces: places) else { return nil }
        return (x.units, y.units)
    }

    /// `numerator / denominator` rounded to the nearest whole number, halves away from zero.
    static func divideRoundingHalfAwayFromZero(_ numerator: Int, _ denominator: Int) -> Int {
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        // |remainder| * 2 >= |denominator|, written to avoid overflow.
        guard abs(remainder) >= abs(denominator) - abs(remainder) else { return quotient }
        return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
    }
}

private extension Substring {
    /// Digits, optionally grouped `1,234,567` with exactly three digits after each comma.
    var isValidGrouping: Bool {
        let groups = split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isDataDigit) }) else { return false }
        return groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
    }
}

extension Character {
    /// Whether this is one of 0-9.
    var isDataDigit: Bool { ("0"..."9").contains(self) }

    /// The value of an ASCII digit (0 for anything else).
    var dataDigitValue: Int { Int(asciiValue ?? 48) - 48 }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmedForData() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
