import ArgumentParser
import Foundation
import SaferSiteKit

/// `safersite build`: builds the site into the output folder, atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (public/ by default).",
        discussion: "If any page has an error, every problem is listed and the old output is left exactly as it was."
    )

    @Option(help: "The folder holding content/ and theme/.")
    var source: String = "."

    @Option(help: "Where to write the site (default: public/ inside the source folder).")
    var output: String?

    @Option(help: "The theme folder (default: theme/ inside the source folder); each file in it replaces the bundled theme's at the same path.")
    var theme: String?

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @OptionGroup var baseURL: BaseURLOption

    @Flag(help: "Treat warnings as errors: fail, and leave the output as it was, if there are any.")
    var strict = false

    @OptionGroup var today: TodayOption

    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let started = Date()
        let sourceURL = URL(fileURLWithPath: source)
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? sourceURL.appendingPathComponent("public")
        let options = BuildOptions(source: sourceURL, theme: theme.map { URL(fileURLWithPath: $0) }, output: outputURL, includeDrafts: drafts, baseURL: baseURL.value,
                                   strict: strict, today: try today.resolved())
        let console = Console(options: terminal)
        let report: BuildReport
        do {
            report = try SiteBuilder(options: options).build { stage in
                console.progress("[\(stage.rawValue)/\(BuildStage.allCases.count)] \(stage)")
            }
        } catch {
            console.clearProgress()
            console.error("error: \(error)")
            throw ExitStatus.couldNotRun
        }
        console.clearProgress()
        console.printDiagnostics(report.diagnostics)
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        let warnings = report.warningCount == 1 ? "1 warning" : "\(report.warningCount) warnings"
        if report.failed {
            let errors = report.errorCount == 1 ? "1 error" : "\(report.errorCount) errors"
            let strictNote = report.strict && report.errorCount == 0 ? " (--strict: warnings fail the build)" : ""
            console.summary("Build failed: \(errors), \(warnings)\(strictNote). \(outputURL.relativePath) was left as it was.")
            throw ExitStatus.siteHasErrors
        }
        console.summary("Built \(report.pageCount) pages in \(report.sectionCount) sections, \(warnings), in \(seconds) s → \(outputURL.relativePath)")
    }
}
