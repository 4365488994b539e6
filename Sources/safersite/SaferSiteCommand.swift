import ArgumentParser
import Diagnostics
import Foundation
import SaferSiteKit

/// `safersite`: builds Community Safety Partnership websites from Markdown.
@main
struct SaferSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safersite",
        abstract: "Builds an accessible static website from Markdown pages with front matter.",
        discussion: """
        Exit codes: 0 success; 1 the site has errors, or warnings with --strict (nothing was written), \
        or 'new' found the page already there, or 'init' found the folder not empty; 2 the command could not run (missing folder, disk full, \
        another build running); 64 wrong command-line use.
        """,
        version: SaferSiteVersion.text,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self, ThemeCommand.self, InspectCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    static func main() async {
        Allocator.configure()
        if let unknown = UnknownCommand(arguments: Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data((unknown.message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // What ArgumentParser says about a wrong argument quotes it, and an argument (a page's
            // name, a path) can hold control characters: each line is shown safely, as findings are.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let shown = message.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { DiagnosticFormatter.shownSafely(String($0)) }.joined(separator: "\n") + "\n"
                if code == .success {
                    FileHandle.standardOutput.write(Data(shown.utf8))
                } else {
                    FileHandle.standardError.write(Data(shown.utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Exit codes shared by every subcommand.
enum ExitStatus {
    static let siteHasErrors = ExitCode(1)
    static let couldNotRun = ExitCode(2)
}
