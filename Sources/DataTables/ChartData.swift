/// The figures a chart draws, taken from a table: categories along one axis and one or more
/// series of values, each value belonging to one category.
struct ChartData {
    /// One series: a name for the legend and one value per category (nil where there is none).
    struct Series {
        var name: String
        var values: [ExactNumber?]
        /// Words written before a value, as published ("up to"), by category.
        var qualifiers: [String?] = []
        /// The mark of each value ("projected"), by category.
        var statuses: [FigureStatus?] = []

        /// The words before, and the mark of, the value in `category`.
        func labelParts(_ category: Int) -> (qualifier: String?, status: FigureStatus?) {
            (category < qualifiers.count ? qualifiers[category] : nil, category < statuses.count ? statuses[category] : nil)
        }
    }

    /// What is charted, shown as the chart's title.
    var caption: String
    /// The unit of every value.
    var unit: DataUnit
    /// Decimal places to write values with; nil keeps each as written.
    var places: Int?
    /// The category labels: rows for a bar chart, periods for a line chart.
    var categories: [String]
    /// The series drawn.
    var series: [Series]
    /// Said under the chart and in its description when some rows are in the table but not the
    /// chart: "4 rows have no figures to chart; see the table."
    var omissionNote: String?

    /// The largest value, for the scale.
    var largest: ExactNumber {
        series.flatMap(\.values).compactMap { $0 }.max() ?? .zero
    }

    /// Whether any value is below zero.
    var hasNegative: Bool {
        series.flatMap(\.values).contains { $0?.isNegative ?? false }
    }

    /// The most decimal places any value is written with.
    var maximumPlaces: Int {
        series.flatMap(\.values).compactMap { $0?.places }.max() ?? 0
    }

    /// A value with its unit, e.g. `£5,000`, after any words it was published with ("up to")
    /// and before its mark ("5,000 (projected)").
    func text(_ value: ExactNumber, qualifier: String? = nil, status: FigureStatus? = nil) -> String {
        let figure = unit.text(value, places: places) + (status.map { " " + $0.mark } ?? "")
        return qualifier.map { "\($0) \(figure)" } ?? figure
    }
}

extension ChartData {
    /// A money table as bars: one group of bars per row, one bar per column.
    init(_ table: MoneyTable) {
        caption = table.caption
        unit = .pounds
        places = table.places
        categories = table.rows.map(\.label)
        series = table.columns.indices.map { column in
            Series(
                name: table.columns[column],
                values: table.rows.map { $0.values[column].amount },
                qualifiers: table.rows.map { $0.values[column].qualifier }
            )
        }
    }

    /// A trend table's rows that have a series: by period as lines, or as paired bars.
    init(_ table: TrendTable, asLines: Bool) {
        let rows = table.rows.filter { $0.values.compactMap { $0 }.count >= 2 }
        let names = Self.rowNames(rows)
        caption = table.caption
        unit = table.unit
        places = nil
        let left = table.rows.count - rows.count
        omissionNote = switch left {
        case 0: nil
        case 1: "1 row has no figures to chart; see the table."
        default: "\(left) rows have no figures to chart; see the table."
        }
        let value: (TrendRow, Int) -> ExactNumber? = { row, index in index < row.values.count ? row.values[index] : nil }
        if asLines {
            categories = table.periods
            series = zip(rows, names).map { row, name in
                Series(name: name, values: table.periods.indices.map { value(row, $0) },
                       statuses: table.periods.indices.map { row.status(at: $0) })
            }
        } else {
            categories = names
            series = table.periods.indices.map { index in
                Series(name: table.periods[index], values: rows.map { value($0, index) },
                       statuses: rows.map { $0.status(at: index) })
            }
        }
    }

    /// Names rows by what differs between them: the measure, the area, or both.
    private static func rowNames(_ rows: [TrendRow]) -> [String] {
        let oneArea = Set(rows.map(\.area)).count <= 1
        let oneMeasure = Set(rows.map(\.measure)).count <= 1
        return rows.map { row in
            if oneArea { return row.measure }
            if oneMeasure { return row.area }
            return "\(row.measure), \(row.area)"
        }
    }
}
