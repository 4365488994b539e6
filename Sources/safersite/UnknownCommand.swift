import ArgumentParser
import Diagnostics
import TextSupport

/// A first word that names no command (`safersite biuld`). Without this check, ArgumentParser
/// would hand it to the default command, `build`, which answers "Unexpected argument" and its own
/// usage; the person meant a command, so they get the nearest one and the list.
struct UnknownCommand {
    /// The word as typed.
    let word: String

    /// The command names, from the root command's configuration, so a new command is known here
    /// as soon as it is listed there.
    static var commandNames: [String] {
        SaferSiteCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// The unknown command in `arguments` (those after the program's name), if the first is a word
    /// that is no command; nil when it is a command, `help`, or an option (`--source`, `-h`).
    init?(arguments: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        if Self.commandNames.contains(first) || first == "help" { return nil }
        word = first
    }

    /// The command most likely meant: the same in other letters' case, or a typo away.
    var suggestion: String? {
        EditDistance.nearestKey(to: word, among: Self.commandNames)
            ?? EditDistance.nearest(to: word.lowercased(), among: Self.commandNames)
    }

    /// What is printed on standard error, in two lines.
    var message: String {
        let shown = DiagnosticFormatter.shownSafely(word)
        let guess = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        let names = Self.commandNames.joined(separator: ", ")
        return "Unknown command '\(shown)'.\(guess)\nCommands: \(names). See 'safersite --help'."
    }
}
