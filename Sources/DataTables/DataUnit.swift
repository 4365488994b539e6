/// What a table's figures measure, which decides how they are written.
public enum DataUnit: String, Sendable, Hashable, CaseIterable {
    /// A number of things (offences, clients): `5,000`.
    case count
    /// A percentage: `19%`. Changes between percentages are stated in percentage points.
    case percent
    /// Money in pounds sterling: `£12,500`.
    case pounds

    /// The figure with its unit, e.g. `£5,000`, `19%`, `5,000`, using the given places.
    func text(_ number: ExactNumber, places: Int? = nil) -> String {
        let digits = ExactNumberFormat(places: places).string(for: number)
        switch self {
        case .count: return digits
        case .percent: return digits + "%"
        case .pounds:
            // The sign goes before the pound sign: −£5, not £−5.
            guard number.isNegative else { return "£" + digits }
            return "\u{2212}£" + digits.dropFirst()
        }
    }
}
