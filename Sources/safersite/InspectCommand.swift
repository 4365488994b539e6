import ArgumentParser
import Diagnostics
import Foundation
import FrontMatter
import SaferSiteKit

/// `safersite inspect FILE --json`: shows how a page's front matter was understood.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a page's front matter was understood.",
        discussion: "Prints the front matter as one JSON object (dates as ISO 8601 text), or the problems found."
    )

    @Argument(help: "A Markdown page, or a settings or data file in the front-matter syntax.")
    var file: String

    @Flag(help: "Print the front matter as one JSON object.")
    var json = false

    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let console = Console(options: terminal)
        guard let data = FileManager.default.contents(atPath: file) else {
            console.error("error: cannot read \(file)")
            throw ExitStatus.couldNotRun
        }
        guard let text = String(data: data, encoding: .utf8) else {
            console.printDiagnostics([Diagnostic(.error, at: SourceLocation(file: file), ParseMessages.notUTF8, hint: ParseMessages.notUTF8Hint)])
            throw ExitStatus.siteHasErrors
        }
        let value: FrontMatterValue
        let diagnostics: [Diagnostic]
        if file.hasSuffix(".md") {
            let parsed = FrontMatterParser.parsePage(text, file: file)
            value = .mapping(parsed.frontMatter)
            diagnostics = parsed.diagnostics
        } else {
            let parsed = FrontMatterParser.parseDocument(text, file: file)
            value = parsed.root?.value ?? .mapping([])
            diagnostics = parsed.diagnostics
        }
        console.printDiagnostics(diagnostics)
        if diagnostics.hasErrors { throw ExitStatus.siteHasErrors }
        print(json ? value.jsonText : value.readableText)
    }
}

private extension FrontMatterValue {
    /// One `key: value (kind)` line per entry, nested entries indented.
    var readableText: String {
        lines(indent: "").joined(separator: "\n")
    }

    func lines(indent: String) -> [String] {
        switch self {
        case .mapping(let entries):
            return entries.flatMap { entry -> [String] in
                switch entry.value.value {
                case .mapping, .sequence: ["\(indent)\(entry.key): (\(entry.value.value.kindName))"] + entry.value.value.lines(indent: indent + "  ")
                default: ["\(indent)\(entry.key): \(entry.value.value.scalarText) (\(entry.value.value.kindName))"]
                }
            }
        case .sequence(let items):
            return items.flatMap { item -> [String] in
                switch item.value {
                case .mapping, .sequence: ["\(indent)- (\(item.value.kindName))"] + item.value.lines(indent: indent + "  ")
                default: ["\(indent)- \(item.value.scalarText) (\(item.value.kindName))"]
                }
            }
        default:
            return [indent + scalarText]
        }
    }

    var scalarText: String {
        switch self {
        case .null: "null"
        case .bool(let flag): String(flag)
        case .int(let number): String(number)
        case .float(_, let literal): literal
        case .string(let text): "\"\(text)\""
        case .date(let date): date.iso8601
        default: jsonText
        }
    }
}
