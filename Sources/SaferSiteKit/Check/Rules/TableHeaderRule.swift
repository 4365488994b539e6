import Diagnostics

/// `table-header`: a table needs a header row naming its columns.
///
/// GFM tables always have a first row, so "no header" means every cell of it is empty, as in
/// `| | |` — a way people fake a table without headers (WCAG 2.2 success criterion 1.3.1).
struct TableHeaderRule: PageRule {
    let check = ContentCheck.tableHeader

    /// Tables whose header cells are all empty.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.body.tables
            .filter { $0.headerCells.allSatisfy { $0.trimmed().isEmpty } }
            .map { page.finding(check, at: $0.location, ContentCheckMessages.tableHeader, hint: ContentCheckMessages.tableHeaderHint) }
    }
}
