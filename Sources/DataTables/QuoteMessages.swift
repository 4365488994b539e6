import TextSupport

/// The messages for a figure quoted in a sentence (`[56](figure:DATA/ROW/PART)`) that cannot be
/// found. Each hint that suggests an address gives it whole, so it works pasted between the
/// link's round brackets.
enum QuoteMessages {
    static let example = "[56](figure:oxford-crime-trends/sexual-offences/latest)"
    /// How many of a table's names a hint lists, closest first.
    static let listed = 8

    static func badAddress(_ destination: String) -> DataBlockError {
        DataBlockError(message: "'\(destination)' is not a figure's address",
                       hint: "write figure:, the data's name, the row and the period, with / between them, e.g. \(example)")
    }

    /// `address` with each name `names` does not have replaced by the nearest it has, when one
    /// is close enough; a period that is missing or not close to any by `latest`.
    static func nearest(to address: FigureAddress, names: QuotableNames) -> FigureAddress {
        var nearest = address
        if !names.rows.contains(address.row), let row = EditDistance.nearest(to: address.row, among: names.rows) { nearest.row = row }
        guard let parts = names.parts else {
            nearest.part = nil
            return nearest
        }
        if let part = address.part, parts.contains(part) { return nearest }
        nearest.part = address.part.flatMap { EditDistance.nearest(to: $0, among: parts) } ?? ComputedPart.latest.rawValue
        return nearest
    }

    static func unknownRow(_ address: FigureAddress, names: QuotableNames) -> DataBlockError {
        unknownName(address.row, what: "row", list: "Its rows are called", address: address, names: names, among: names.rows)
    }

    static func ambiguousRow(_ address: FigureAddress) -> DataBlockError {
        DataBlockError(message: "more than one row of '\(address.data)' is called '\(address.row)'",
                       hint: "give each of those rows its own name in the data, e.g. id: \(address.row)-2, and write that name after '\(address.data)/'")
    }

    static func missingPart(_ address: FigureAddress, names: QuotableNames) -> DataBlockError {
        DataBlockError(message: "this figure needs a period after its row: '\(address.data)' has a figure for each period",
                       hint: "e.g. \(nearest(to: address, names: names).destination); after the row write one of: \((names.parts ?? []).joined(separator: ", "))")
    }

    static func unknownPart(_ address: FigureAddress, names: QuotableNames) -> DataBlockError {
        unknownName(address.part ?? "", what: "period or figure", list: "After the row write one of", address: address, names: names,
                    among: names.parts ?? [])
    }

    /// A name the table does not have, with the address it most likely means (when a name is
    /// close enough) and the names it has, closest first.
    private static func unknownName(_ name: String, what: String, list: String, address: FigureAddress, names: QuotableNames,
                                    among known: [String]) -> DataBlockError {
        let nearest = nearest(to: address, names: names)
        let suggestion = nearest != address && EditDistance.nearest(to: name, among: known) != nil ? "did you mean \(nearest.destination)? " : ""
        return DataBlockError(message: "'\(address.data)' has no \(what) called '\(name)'",
                              hint: suggestion + "\(list): \(closest(to: name, among: known))")
    }

    static func figuresHaveNoParts(_ address: FigureAddress) -> DataBlockError {
        DataBlockError(message: "'\(address.data)' holds key figures, which have no periods",
                       hint: "name the figure alone: \(FigureAddress(data: address.data, row: address.row).destination)")
    }

    static func noFigure(_ address: FigureAddress, period: String) -> DataBlockError {
        DataBlockError(message: "'\(address.data)' has no figure for '\(address.row)' in \(period)",
                       hint: "quote a period that has one, or the earliest or latest: \(address.with(.latest).destination)")
    }

    static func noSeries(_ address: FigureAddress) -> DataBlockError {
        DataBlockError(message: "'\(address.row)' in '\(address.data)' has no figures by period, only a percentage change as published",
                       hint: "quote the change: \(address.with(.fall).destination) (or rise)")
    }

    static func noChange(_ address: FigureAddress) -> DataBlockError {
        DataBlockError(message: "'\(address.row)' in '\(address.data)' has no change to quote",
                       hint: "a change needs figures for two periods, neither projected nor part-year unless the row says compare: true; "
                           + "quote one figure instead, e.g. \(address.with(.latest).destination)")
    }

    static func statedHasNoDifference(_ address: FigureAddress) -> DataBlockError {
        DataBlockError(message: "'\(address.row)' in '\(address.data)' gives only a percentage change, so there is no difference to quote",
                       hint: "quote the percentage: \(address.with(.fall).destination) (or rise)")
    }

    static func noPercentFromZero(_ address: FigureAddress) -> DataBlockError {
        DataBlockError(message: "'\(address.row)' in '\(address.data)' starts from zero, so it has no percentage change",
                       hint: "quote the difference: \(address.with(.difference).destination)")
    }

    /// Checks that the change a `rise` or `fall` quotes goes that way, so the sentence's "fell"
    /// or "rose" cannot go on being published after the data turns the other way.
    static func checkDirection(_ address: FigureAddress, movement: TrendChange.Movement, figure: String) throws(DataBlockError) {
        let wanted: TrendChange.Movement = address.part == ComputedPart.rise.rawValue ? .up : .down
        guard movement != wanted else { return }
        if movement == .unchanged {
            throw DataBlockError(message: "'\(address.data)' shows no change for '\(address.row)', so it neither rose nor fell",
                                 hint: "reword the sentence, and quote one figure, e.g. \(address.with(.latest).destination)")
        }
        let other: ComputedPart = movement == .up ? .rise : .fall
        let said: ComputedPart = movement == .up ? .fall : .rise
        throw DataBlockError(message: "'\(address.data)' shows a \(other.rawValue) of \(figure) for '\(address.row)', not a \(said.rawValue)",
                             hint: "reword the sentence for a \(other.rawValue), and write \(address.with(other).destination)")
    }

    /// Up to `listed` of `names`, closest to `name` first, joined with commas.
    static func closest(to name: String, among names: [String]) -> String {
        var seen: Set<String> = []
        let unique = names.filter { seen.insert($0).inserted }
        let sorted = unique.enumerated()
            .sorted { (EditDistance.between(name, $0.element), $0.offset) < (EditDistance.between(name, $1.element), $1.offset) }
            .map(\.element)
        return sorted.prefix(listed).joined(separator: ", ") + (sorted.count > listed ? ", …" : "")
    }
}
