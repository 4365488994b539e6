/// The value axis of a chart: from zero up to a round maximum, in round steps (1, 2, 2.5 or 5
/// times a power of ten), all exact, so tick labels never show float noise.
struct ChartScale {
    /// The tick values, from zero to the axis maximum.
    var ticks: [ExactNumber]

    /// The top of the axis.
    var maximum: ExactNumber { ticks.last ?? .zero }

    /// A scale reaching at least `largest` in about `steps` steps. `places` is the most decimals
    /// in the data, so a step is never finer than the figures.
    init(largest: ExactNumber, steps: Int, places: Int) {
        var chosen = ExactNumber(units: 1)
        search: for exponent in -places...18 {
            for (units, unitPlaces) in [(1, 0), (2, 0), (25, 1), (5, 0)] {
                if unitPlaces > 0, exponent < 1 { continue }
                let candidate = (exponent >= 0
                    ? ExactNumber(units: units * (ExactNumber.power(exponent) ?? 1), places: unitPlaces)
                    : ExactNumber(units: units, places: unitPlaces - exponent)).withoutTrailingZeros
                let (reach, overflow) = candidate.units.multipliedReportingOverflow(by: steps)
                if overflow || ExactNumber(units: reach, places: candidate.places) >= largest {
                    chosen = candidate
                    break search
                }
            }
        }
        var ticks = [ExactNumber.zero]
        while let last = ticks.last, last < largest || ticks.count < 2, let next = last.adding(chosen) {
            ticks.append(next)
        }
        self.ticks = ticks
    }

    /// Where a value falls along an axis of `length`, from 0 at zero to `length` at the maximum.
    func position(of value: ExactNumber, length: Double) -> Double {
        let top = maximum.doubleValue
        return top > 0 ? value.doubleValue / top * length : 0
    }
}

extension ExactNumber {
    /// The value as a Double, for drawing only (never for sums or output text).
    var doubleValue: Double {
        Double(units) / Double(ExactNumber.power(places) ?? 1)
    }
}

/// A coordinate for SVG output, rounded to one decimal place, without a trailing `.0`:
/// the same input always gives the same text on every machine.
func svgNumber(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let text = ExactNumber(units: tenths, places: 1).description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
}
