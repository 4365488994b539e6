import Diagnostics

/// Checks a money table's declared totals against the sum of their rows, and fills in the
/// totals that were not declared.
///
/// Sums are exact (see `ExactNumber`), so a total either matches to the penny or the build
/// fails, naming the file, the line of the declared amount, and both the declared and the
/// computed value.
public enum TotalsCheck {
    /// The table with undeclared totals computed, and an error for each declared amount that
    /// differs from its rows' sum or names a group no row is in.
    public static func check(_ table: MoneyTable, file: String) -> (table: MoneyTable, diagnostics: [Diagnostic]) {
        var checked = table
        var diagnostics: [Diagnostic] = []
        for (index, total) in table.totals.enumerated() {
            if case .group = total.scope, table.rows(in: total.scope).isEmpty {
                diagnostics.append(.error(
                    DataMessages.unknownGroup, at: SourceLocation(file: file, line: total.line),
                    hint: DataMessages.unknownGroupHint, code: DataMessages.totalCode
                ))
                continue
            }
            var computed: [MoneyAmount] = []
            for column in table.columns.indices {
                guard let sum = table.sum(column: column, of: total.scope) else {
                    diagnostics.append(.error(
                        DataMessages.overflow, at: SourceLocation(file: file, line: total.line),
                        code: DataMessages.totalCode
                    ))
                    return (table, diagnostics)
                }
                let rowsHaveAmounts = table.rows(in: total.scope).contains {
                    column < $0.values.count && $0.values[column].amount != nil
                }
                computed.append(rowsHaveAmounts ? MoneyAmount(sum) : .notApplicable)
            }
            guard total.isDeclared else {
                checked.totals[index].values = computed
                continue
            }
            for (column, (declared, sum)) in zip(total.values, computed).enumerated() where declared.amount != sum.amount {
                diagnostics.append(mismatch(
                    total: total, column: table.columns[column], declared: declared, computed: sum,
                    places: table.places, file: file
                ))
            }
        }
        return (checked, diagnostics)
    }
}

// MARK: - Helpers

private extension TotalsCheck {
    static func mismatch(
        total: MoneyTotal, column: String, declared: MoneyAmount, computed: MoneyAmount,
        places: Int, file: String
    ) -> Diagnostic {
        let location = SourceLocation(
            file: file, line: declared.line > 0 ? declared.line : total.line, column: declared.column
        )
        let message = DataMessages.totalMismatch(
            label: total.label, column: column,
            declared: MoneyAmount(declared.amount).text(places: places),
            computed: computed.text(places: places)
        )
        return .error(message, at: location, hint: DataMessages.totalHint(scope: total.scope), code: DataMessages.totalCode)
    }
}
