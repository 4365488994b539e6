import TextSupport

/// Where a figure quoted in a sentence comes from, as written in a Markdown link's destination:
/// `[56](figure:oxford-crime-trends/sexual-offences/latest)`.
///
/// `figure:DATA/ROW/PART` names a data table, one of its rows, and a period or column (by its
/// slug: `2013-14`, `2010-11` for "2010/11") or one of `earliest`, `latest`, `rise`, `fall` and
/// `difference`; `figure:DATA/ROW` names one of a figures table's figures. A row is named by the
/// slug of its `id:` when it has one, otherwise of its measure (trend) or label (money, figures).
public struct FigureAddress: Sendable, Hashable {
    /// What a figure link's destination starts with.
    public static let scheme = "figure:"

    /// The data table's name.
    public var data: String
    /// The row's name.
    public var row: String
    /// The period, column or computed figure; nil for a figures table's figure.
    public var part: String?

    /// Creates an address.
    public init(data: String, row: String, part: String? = nil) {
        self.data = data
        self.row = row
        self.part = part
    }

    /// The address as a link destination: `figure:DATA/ROW/PART`.
    public var destination: String {
        Self.scheme + ([data, row] + (part.map { [$0] } ?? [])).joined(separator: "/")
    }

    /// The same row's computed figure `part`.
    func with(_ part: ComputedPart) -> FigureAddress {
        FigureAddress(data: data, row: row, part: part.rawValue)
    }

    /// Whether a link destination is a figure's address (its scheme in any case).
    public static func isFigure(_ destination: String) -> Bool {
        destination.lowercased().hasPrefix(scheme)
    }

    /// Reads a figure link's destination; an error when it does not have two or three names.
    public static func parse(_ destination: String) -> Result<FigureAddress, DataBlockError> {
        let names = destination.dropFirst(scheme.count).split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmedForData().lowercased() }
        guard (2...3).contains(names.count), !names.contains(where: \.isEmpty) else {
            return .failure(QuoteMessages.badAddress(destination))
        }
        return .success(FigureAddress(data: names[0], row: names[1], part: names.count == 3 ? names[2] : nil))
    }
}

/// The figures a sentence may quote from a row of a trend or money table besides its periods.
enum ComputedPart: String, CaseIterable {
    /// The first figure the row has.
    case earliest
    /// The last figure the row has.
    case latest
    /// The percentage change from the earliest to the latest figure (or as stated), which must be a rise.
    case rise
    /// The same, which must be a fall.
    case fall
    /// The size of the change from the earliest to the latest figure, in the table's unit.
    case difference
}

public extension DataTable {
    /// The text of the figure an address names, written as the table writes it (`5,000`,
    /// `£64,180`, `up to £2,364`, `nearly 4%`, `133.3%`); an error naming what is wrong, with the
    /// address that would work, when the row, period or figure does not exist.
    func quote(_ address: FigureAddress) -> Result<String, DataBlockError> {
        Result { () throws(DataBlockError) in
            switch self {
            case .figures(let row): try row.quote(address)
            case .trend(let table): try table.quote(address)
            case .money(let table): try table.quote(address)
            }
        }
    }

    /// The address closest to `address` that this table has: each name it does not have
    /// replaced by its nearest name when one is close enough (a missing period by `latest`).
    func nearestAddress(to address: FigureAddress) -> FigureAddress {
        QuoteMessages.nearest(to: FigureAddress(data: name, row: address.row, part: address.part), names: quotableNames)
    }

    /// The names of the rows a sentence may quote, and of the periods, columns and computed
    /// figures after them (nil for key figures, which have none).
    internal var quotableNames: QuotableNames {
        let computed = ComputedPart.allCases.map(\.rawValue)
        switch self {
        case .figures(let row):
            return QuotableNames(rows: row.figures.map(\.quotedName), parts: nil)
        case .trend(let table):
            return QuotableNames(rows: table.rows.map(\.quotedName), parts: table.periods.map { Slug.make(from: $0) } + computed)
        case .money(let table):
            return QuotableNames(rows: table.rows.map(\.quotedName) + table.totals.map(\.quotedName),
                                 parts: table.columns.map { Slug.make(from: $0) } + computed)
        }
    }
}

/// What a table's rows and their periods are called in figure addresses.
struct QuotableNames {
    var rows: [String]
    var parts: [String]?
}

extension KeyFigure {
    /// The name a sentence quotes the figure by.
    var quotedName: String { Slug.make(from: id ?? label) }
}

extension TrendRow {
    /// The name a sentence quotes the row by.
    var quotedName: String { Slug.make(from: id ?? measure) }
}

extension MoneyRow {
    /// The name a sentence quotes the row by.
    var quotedName: String { Slug.make(from: id ?? label) }
}

extension MoneyTotal {
    /// The name a sentence quotes the total by.
    var quotedName: String { Slug.make(from: id ?? label) }
}

// MARK: - Figures

extension FigureRow {
    func quote(_ address: FigureAddress) throws(DataBlockError) -> String {
        if address.part != nil { throw QuoteMessages.figuresHaveNoParts(address) }
        return try QuotedRow.pick(address, among: figures.map { ($0.quotedName, $0) }, names: DataTable.figures(self).quotableNames).text
    }
}

// MARK: - Trend

extension TrendTable {
    func quote(_ address: FigureAddress) throws(DataBlockError) -> String {
        let names = DataTable.trend(self).quotableNames
        let row = try QuotedRow.pick(address, among: rows.map { ($0.quotedName, $0) }, names: names)
        let part = try QuotedPart.read(address, periods: periods.map { Slug.make(from: $0) }, names: names)
        let present = row.values.enumerated().compactMap { index, value in value.map { (index, $0) } }
        switch part {
        case .period(let index):
            guard index < row.values.count, let value = row.values[index] else {
                throw QuoteMessages.noFigure(address, period: periods[index])
            }
            return unit.text(value)
        case .computed(.earliest):
            guard let first = present.first else { throw QuoteMessages.noSeries(address) }
            return unit.text(first.1)
        case .computed(.latest):
            guard let last = present.last else { throw QuoteMessages.noSeries(address) }
            return unit.text(last.1)
        case .computed(let computed):
            guard let change = change(of: row) else { throw QuoteMessages.noChange(address) }
            if let stated = change.stated {
                guard computed != .difference else { throw QuoteMessages.statedHasNoDifference(address) }
                let figure = DataUnit.percent.text(stated.percent.magnitude)
                try QuoteMessages.checkDirection(address, movement: change.movement, figure: figure)
                return (stated.qualifier.map { $0 + " " } ?? "") + figure
            }
            guard let difference = change.difference else { throw QuoteMessages.noChange(address) }
            let amount = unit == .percent ? Self.points(difference.magnitude) : unit.text(difference.magnitude)
            if computed == .difference { return amount }
            // A change between percentages is said in percentage points, as the table says it.
            let figure = unit == .percent ? amount : change.percent.map { DataUnit.percent.text($0.magnitude) }
            guard let figure else { throw QuoteMessages.noPercentFromZero(address) }
            try QuoteMessages.checkDirection(address, movement: change.movement, figure: figure)
            return figure
        }
    }

    /// `2.9 percentage points`, `1 percentage point`.
    static func points(_ number: ExactNumber) -> String {
        let noun = number == ExactNumber(units: 1) ? "percentage point" : "percentage points"
        return "\(ExactNumberFormat(places: nil).string(for: number)) \(noun)"
    }
}

// MARK: - Money

extension MoneyTable {
    func quote(_ address: FigureAddress) throws(DataBlockError) -> String {
        let names = DataTable.money(self).quotableNames
        let values = try QuotedRow.pick(address, among: rows.map { ($0.quotedName, $0.values) } + totals.map { ($0.quotedName, $0.values) },
                                        names: names)
        let part = try QuotedPart.read(address, periods: columns.map { Slug.make(from: $0) }, names: names)
        let present = values.filter { $0.amount != nil }
        switch part {
        case .period(let index):
            guard index < values.count, values[index].amount != nil else {
                throw QuoteMessages.noFigure(address, period: columns[index])
            }
            return values[index].text(places: places)
        case .computed(.earliest):
            guard let first = present.first else { throw QuoteMessages.noSeries(address) }
            return first.text(places: places)
        case .computed(.latest):
            guard let last = present.last else { throw QuoteMessages.noSeries(address) }
            return last.text(places: places)
        case .computed(let computed):
            guard present.count >= 2, let from = present.first?.amount, let to = present.last?.amount,
                  let difference = to.subtracting(from) else { throw QuoteMessages.noChange(address) }
            if computed == .difference { return DataUnit.pounds.text(difference.magnitude, places: places) }
            guard let percent = ExactNumber.percentChange(from: from, to: to, places: TrendTable.defaultDecimals) else {
                throw QuoteMessages.noPercentFromZero(address)
            }
            let movement = TrendChange.movement(of: difference)
            let figure = DataUnit.percent.text(percent.magnitude)
            try QuoteMessages.checkDirection(address, movement: movement, figure: figure)
            return figure
        }
    }
}

// MARK: - Helpers

/// Finds the row an address names among a table's named rows.
enum QuotedRow {
    static func pick<Row>(_ address: FigureAddress, among rows: [(name: String, row: Row)], names: QuotableNames) throws(DataBlockError) -> Row {
        let matches = rows.filter { $0.name == address.row }
        if matches.count == 1 { return matches[0].row }
        if matches.count > 1 { throw QuoteMessages.ambiguousRow(address) }
        throw QuoteMessages.unknownRow(address, names: names)
    }
}

/// What an address asks of a row: one of its periods (columns), or a computed figure.
enum QuotedPart {
    case period(Int)
    case computed(ComputedPart)

    static func read(_ address: FigureAddress, periods: [String], names: QuotableNames) throws(DataBlockError) -> QuotedPart {
        guard let part = address.part else { throw QuoteMessages.missingPart(address, names: names) }
        if let index = periods.firstIndex(of: part) { return .period(index) }
        if let computed = ComputedPart(rawValue: part) { return .computed(computed) }
        throw QuoteMessages.unknownPart(address, names: names)
    }
}
