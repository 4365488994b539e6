import ArgumentParser
import Diagnostics
import Foundation
import SaferSiteKit

/// Options every subcommand takes for its terminal output.
struct TerminalOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every stage as it runs.")
    var verbose = false
}

/// Where the command line prints: diagnostics and summaries on standard error, progress only on a terminal.
struct Console {
    let options: TerminalOptions
    let isTerminal = isatty(STDERR_FILENO) == 1
    var useColour: Bool { isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    func progress(_ text: String) {
        if options.verbose {
            write(text + "\n")
        } else if isTerminal && !options.quiet {
            write("\r\u{1B}[K" + text)
        }
    }

    func clearProgress() {
        if isTerminal && !options.quiet && !options.verbose { write("\r\u{1B}[K") }
    }

    /// Prints findings as a compiler does, to standard error.
    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        let bytes = DiagnosticFormatter(useColour: useColour).formattedBytes(diagnostics)
        FileHandle.standardError.write(Data(bytes))
    }

    /// A line shown only with `--verbose`.
    func detail(_ text: String) {
        if options.verbose { writeLine(text) }
    }

    func summary(_ text: String) {
        if !options.quiet { writeLine(text) }
    }

    func error(_ text: String) {
        writeLine(text)
    }

    /// Writes a line of text, shown safely: it can name a file or folder, whose name can hold
    /// control characters or line breaks.
    private func writeLine(_ text: String) {
        write(DiagnosticFormatter.shownSafely(text) + "\n")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
