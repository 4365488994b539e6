import ArgumentParser
import Diagnostics
import Foundation
import SaferSiteKit

/// `safersite check`: every check `build` runs, without writing the site.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every page for problems without writing the site.",
        discussion: """
        Runs the same checks as 'build': errors (broken links, missing alt text, skipped heading levels, \
        tables without headers, empty links) and warnings (vague link text, review dates, summaries, \
        duplicate titles, http:// links, long sentences and paragraphs). Exits 1 if there are errors, \
        or warnings with --strict. See docs/checks.md.
        """
    )

    /// How findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The folder holding content/ and theme/.")
    var source: String = "."

    @Option(help: "The theme folder (default: theme/ inside the source folder); each file in it replaces the bundled theme's at the same path.")
    var theme: String?

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Treat warnings as errors: exit 1 if there are any.")
    var strict = false

    @Option(help: "text: like a compiler, on standard error; json: one JSON object on standard output.")
    var format: Format = .text

    @OptionGroup var today: TodayOption

    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        var options = BuildOptions(source: URL(fileURLWithPath: source), theme: theme.map { URL(fileURLWithPath: $0) }, output: nil,
                                   includeDrafts: drafts, strict: strict, today: try today.resolved())
        options.keepsFiles = false
        let console = Console(options: terminal)
        let report: BuildReport
        do {
            report = try SiteBuilder(options: options).build { stage in
                if format == .text { console.progress("[\(stage.rawValue)/\(BuildStage.allCases.count)] \(stage)") }
            }
        } catch {
            console.clearProgress()
            console.error("error: \(error)")
            throw ExitStatus.couldNotRun
        }
        console.clearProgress()
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(DiagnosticReportJSON(diagnostics: report.diagnostics).text().utf8))
        case .text:
            console.printDiagnostics(report.diagnostics)
            console.summary(Self.summary(report))
        }
        if report.failed { throw ExitStatus.siteHasErrors }
    }

    /// "Checked 9 pages: 1 error, 2 warnings." or "Checked 9 pages: no problems found."
    static func summary(_ report: BuildReport) -> String {
        let pages = report.pageCount == 1 ? "1 page" : "\(report.pageCount) pages"
        if report.errorCount == 0 && report.warningCount == 0 { return "Checked \(pages): no problems found." }
        let errors = report.errorCount == 1 ? "1 error" : "\(report.errorCount) errors"
        let warnings = report.warningCount == 1 ? "1 warning" : "\(report.warningCount) warnings"
        let strictNote = report.strict && report.errorCount == 0 ? " (--strict: warnings fail the check)" : ""
        return "Checked \(pages): \(errors), \(warnings).\(strictNote)"
    }
}
