/// The change a trend row shows, and whether it is for the better, ready to be said in words.
public struct TrendChange: Sendable, Hashable {
    /// Which way the measure moved.
    public enum Movement: String, Sendable, Hashable {
        case up, down, unchanged
    }

    /// Whether the movement is good news for this measure.
    public enum Judgement: String, Sendable, Hashable {
        case better, worse, unchanged = "no change", notJudged = "not judged"
    }

    /// One end of a computed change: a value and its period.
    public struct Point: Sendable, Hashable {
        /// The period label.
        public var period: String
        /// The value in that period.
        public var value: ExactNumber
        /// Its mark, when it is projected or part-year.
        public var status: FigureStatus?
    }

    /// Which way the measure moved.
    public var movement: Movement
    /// Good or bad news, judged by the row's better direction.
    public var judgement: Judgement
    /// The first and last values of the series; nil for a stated change.
    public var from: Point?
    /// The last value of the series; nil for a stated change.
    public var to: Point?
    /// The exact difference `to - from` (percentage points for a percent unit); nil when stated.
    public var difference: ExactNumber?
    /// The percentage change, rounded half away from zero to the table's decimals, or as
    /// stated; nil when the series starts from zero (there is no percentage of zero).
    public var percent: ExactNumber?
    /// The stated change, when the row has no series.
    public var stated: StatedChange?
    /// Whether the periods are named in the words (a series of more than two periods).
    public var namesPeriods: Bool
    /// The unit of the values.
    public var unit: DataUnit

    /// The change of a row: from its first to its last value, or as stated; nil when the row has
    /// neither a stated change nor two values to compare.
    init?(row: TrendRow, periods: [String], unit: DataUnit, decimals: Int) {
        self.unit = unit
        if let stated = row.statedChange {
            self.stated = stated
            self.percent = stated.percent
            self.movement = Self.movement(of: stated.percent)
            self.namesPeriods = false
        } else {
            let present = zip(periods, row.values).enumerated().compactMap { index, pair in
                pair.1.map { Point(period: pair.0, value: $0, status: row.status(at: index)) }
            }
            guard let first = present.first, let last = present.last, present.count >= 2,
                  let difference = last.value.subtracting(first.value)
            else { return nil }
            // A projection or part-year count is not the year's outcome: a change from it would
            // read as one, so it is left out unless the data says the ends are like for like.
            if (first.status != nil || last.status != nil) && !row.comparesMarked { return nil }
            self.from = first
            self.to = last
            self.difference = difference
            self.percent = unit == .percent
                ? nil
                : ExactNumber.percentChange(from: first.value, to: last.value, places: decimals)
            self.movement = Self.movement(of: difference)
            self.namesPeriods = periods.count > 2
        }
        self.judgement = switch (movement, row.better) {
        case (.unchanged, _): .unchanged
        case (_, .neither): .notJudged
        case (.up, .higher), (.down, .lower): .better
        case (.up, .lower), (.down, .higher): .worse
        }
    }

    /// Which way a difference goes.
    static func movement(of number: ExactNumber) -> Movement {
        number.isZero ? .unchanged : (number.isNegative ? .down : .up)
    }
}

// MARK: - Words

public extension TrendChange {
    /// The change in plain words: "up 133.3%, from 24 to 56", "down nearly 4% (2013/14 to
    /// 2014/15)", "up from 0 to 5", "up 2.9 percentage points, from 47.2% to 50.1%".
    var words: String {
        if let stated { return statedWords(stated) }
        guard let from, let to, let difference else { return movement.rawValue }
        let ends = "from \(endText(from)) to \(endText(to))"
        if movement == .unchanged { return "no change, \(ends)" }
        if unit == .percent {
            let points = ExactNumberFormat(places: nil).string(for: difference.magnitude)
            let noun = difference.magnitude == ExactNumber(units: 1) ? "percentage point" : "percentage points"
            return "\(movement.rawValue) \(points) \(noun), \(ends)"
        }
        guard let percent else { return "\(movement.rawValue) \(ends)" }
        return "\(movement.rawValue) \(DataUnit.percent.text(percent.magnitude)), \(ends)"
    }

    /// An arrow for the movement, shown beside the words and hidden from screen readers.
    var arrow: String {
        switch movement {
        case .up: "\u{2191}"
        case .down: "\u{2193}"
        case .unchanged: "\u{2192}"
        }
    }
}

private extension TrendChange {
    func statedWords(_ stated: StatedChange) -> String {
        let period = stated.period.isEmpty ? "" : " (\(stated.period))"
        guard movement != .unchanged else { return "no change\(period)" }
        let qualifier = stated.qualifier.map { $0 + " " } ?? ""
        return "\(movement.rawValue) \(qualifier)\(DataUnit.percent.text(stated.percent.magnitude))\(period)"
    }

    func endText(_ point: Point) -> String {
        let value = unit.text(point.value) + (point.status.map { " " + $0.mark } ?? "")
        return namesPeriods ? "\(value) in \(point.period)" : value
    }
}
