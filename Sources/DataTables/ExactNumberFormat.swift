/// Fixed rules for writing an `ExactNumber` as text, independent of the machine's locale.
///
/// en-GB style: `5,000`, `1,234.5`, a true minus sign (U+2212) in HTML so screen readers say
/// "minus", and a plain `-` in CSV. The same number always gives the same text.
struct ExactNumberFormat: Sendable {
    /// Decimal places to show; the number is rounded half away from zero, or padded with zeros.
    /// Nil keeps the places the number was written with.
    var places: Int?
    /// Whether to group whole digits in threes with commas.
    var grouping: Bool = true
    /// The sign written before negative numbers.
    var minusSign: String = "\u{2212}"

    /// The number as text, e.g. `−1,234.50`.
    func string(for number: ExactNumber) -> String {
        let shown = places.flatMap { number.rounded(toPlaces: $0) } ?? number
        let digits = String(shown.units.magnitude)
        let padded = String(repeating: "0", count: max(0, shown.places + 1 - digits.count)) + digits
        let whole = padded.dropLast(shown.places)
        let fraction = padded.suffix(shown.places)
        var text = grouping ? Self.grouped(whole) : String(whole)
        if !fraction.isEmpty { text += "." + fraction }
        return shown.units < 0 ? minusSign + text : text
    }

    /// `1234567` → `1,234,567`.
    private static func grouped(_ digits: Substring) -> String {
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: ",")
    }
}
