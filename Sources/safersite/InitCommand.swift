import ArgumentParser
import Diagnostics
import Foundation
import FrontMatter
import SaferSiteKit
import TextSupport

/// `safersite init FOLDER --name "..." --district "..."`: writes a complete new site, ready to
/// build, from the starter site in the bundled theme.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site for a partnership in an empty or new folder.",
        discussion: """
        Writes content/_site.yaml (name, districts, topics, menus, base URL, contact details), \
        a home page, about, contact, an accessibility statement, search, a 404 page, an areas page \
        and one page per district, and a .gitignore. The new site builds with no warnings at once. \
        A folder that holds anything (apart from .git) is refused and left as it is. \
        Example: safersite init safer-anytown --name "Safer Anytown Partnership" \
        --district "North Anytown" --district "South Anytown" --district "Anytown City"
        """
    )

    @Argument(help: "The folder to make the site in: a new one, or an empty one.")
    var folder: String

    @Option(help: "The partnership's name, in quotes, e.g. \"Safer Anytown Partnership\".")
    var name: String

    @Option(name: .customLong("district"), help: "An area the partnership covers, in quotes; give --district once for each.")
    var districts: [String] = []

    @OptionGroup var baseURL: BaseURLOption

    @Option(help: "The partnership's email address, shown on the contact page and at the foot of every page.")
    var email: String?

    @Option(help: "The partnership's phone number, in quotes, e.g. \"01234 567890\".")
    var phone: String?

    @OptionGroup var today: TodayOption

    /// This command as typed, in another folder: a hint that works when pasted.
    func command(inFolder folder: String) -> String {
        var words = ["safersite", "init", ShellText.quoted(folder), "--name", ShellText.quoted(name)]
        for district in districts { words += ["--district", ShellText.quoted(district)] }
        if let url = baseURL.value { words += ["--base-url", ShellText.quoted(url)] }
        if let email { words += ["--email", ShellText.quoted(email)] }
        if let phone { words += ["--phone", ShellText.quoted(phone)] }
        return words.joined(separator: " ")
    }

    func validate() throws {
        if case .failure(let problem) = plan(today: .init(year: 2000, month: 1, day: 1)).files() {
            throw ValidationError(Self.message(problem))
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let files: [NewSite.File]
        switch plan(today: try today.resolved()).files() {
        case .success(let planned): files = planned
        case .failure(let problem): throw ValidationError(Self.message(problem))
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                printError("error: \(folder) is a file, not a folder; name a new folder for the site")
                throw ExitStatus.siteHasErrors
            }
            let inside = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            let others = inside.filter { $0 != ".git" }.sorted()
            if !others.isEmpty {
                printError("error: \(folder) is not empty (it holds \(others.prefix(3).joined(separator: ", "))\(others.count > 3 ? ", …" : "")); nothing was written")
                printError("  hint: name a new folder: \(command(inFolder: Slug.make(from: name).isEmpty ? "new-site" : Slug.make(from: name)))")
                throw ExitStatus.siteHasErrors
            }
        }
        var written = SiteFileWriter(root: root)
        do {
            for file in files { try written.write(Data(file.text.utf8), to: file.path) }
        } catch {
            written.undo()
            printError("error: cannot write the new site in \(folder): \(error.localizedDescription); nothing was kept")
            throw ExitStatus.couldNotRun
        }
        print("Created a new site for the \(name.trimmingCharacters(in: .whitespaces)) in \(folder):")
        for file in files { print("  \(file.path)") }
        print("""

        Next: go into the folder and preview the site as you edit it:
          cd \(folder.contains(" ") ? "\"\(folder)\"" : folder)
          safersite serve
        Then build it for publishing with: safersite build --strict
        """)
    }
}

// MARK: - Helpers

private extension InitCommand {
    func plan(today: FrontMatterDate) -> NewSite {
        NewSite(name: name, districts: districts, baseURL: baseURL.value, email: email, phone: phone, today: today)
    }

    func printError(_ text: String) {
        FileHandle.standardError.write(Data((DiagnosticFormatter.shownSafely(text) + "\n").utf8))
    }

    static func message(_ problem: NewSite.Problem) -> String {
        switch problem {
        case .emptyName: "--name must give the partnership's name, e.g. --name \"Safer Anytown Partnership\""
        case .longName: "--name is longer than \(NewSite.maximumNameLength.characters) characters or \(NewSite.maximumNameLength.words) words; use the partnership's usual short name"
        case .longDistrict(let district):
            "--district \"\(district)\" is longer than \(NewSite.maximumDistrictLength.characters) characters or \(NewSite.maximumDistrictLength.words) words; use the area's usual short name"
        case .controlCharacter(let value): ScaffoldMessages.controlCharacter(value)
        case .noDistricts: "give each area the partnership covers with --district, e.g. --district \"North Anytown\" --district \"South Anytown\""
        case .emptyDistrict(let district): "--district \"\(district)\" needs at least one letter or digit, to make its page's address"
        case .duplicateDistrict(let district): "--district \"\(district)\" is given twice (or makes the same address as another district)"
        case .badEmail(let email): "--email '\(email)' is not an email address, e.g. safer@example.gov.uk"
        case .badPhone(let phone): "--phone '\(phone)' is not a phone number, e.g. \"01234 567890\""
        }
    }
}

/// Writes a new site's files, remembering what it made so a failure part-way can take it all back.
struct SiteFileWriter {
    let root: URL
    private(set) var createdFiles: [URL] = []
    private(set) var createdFolders: [URL] = []

    init(root: URL) {
        self.root = root
    }

    /// Writes one file (never over an existing one), making its folders.
    mutating func write(_ data: Data, to path: String) throws {
        let target = root.appendingPathComponent(path)
        var missing: [URL] = []
        var folder = target.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path) {
            missing.append(folder)
            folder.deleteLastPathComponent()
        }
        for folder in missing.reversed() {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            createdFolders.append(folder)
        }
        try data.write(to: target, options: .withoutOverwriting)
        createdFiles.append(target)
    }

    /// Removes what this writer made: its files, then its folders, newest first.
    func undo() {
        for file in createdFiles.reversed() { try? FileManager.default.removeItem(at: file) }
        for folder in createdFolders.reversed() { rmdir(folder.path) }
    }
}
