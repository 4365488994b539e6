import ArgumentParser
import Foundation
import FrontMatter
import Preview
import SaferSiteKit

/// `safersite new KIND "Name"`: writes a new page from the theme's archetype, ready to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new page from the theme's template for its kind.",
        discussion: """
        project → content/projects/NAME.md, update → content/updates/YYYY-MM-DD-NAME.md, \
        page → content/NAME.md, district → content/FOLDER/NAME/_index.md, where FOLDER is \
        'district_folder:' in content/_site.yaml (partnerships when it names none). \
        An existing file is never overwritten.
        """
    )

    @Argument(help: "The kind of page: project, update, page or district.")
    var kind: NewPageKind

    @Argument(help: "The page's title, in quotes, e.g. \"Youth Hub\". Its file name is made from it.")
    var name: String

    @Option(help: "The folder holding content/ and theme/.")
    var source: String = "."

    @Option(help: "The theme folder (default: theme/ inside the source folder); its archetypes/KIND.md wins over the bundled theme's.")
    var theme: String?

    @Option(help: "The folder inside content/ to put the page in, instead of the kind's own folder.")
    var section: String?

    @Option(help: "The district the page belongs to: one of the ids under 'districts:' in content/_site.yaml.")
    var district: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var terminal: TerminalOptions

    func validate() throws {
        if case .failure(let problem) = scaffold(today: FrontMatterDate(year: 2000, month: 1, day: 1)).page(archetype: "") {
            throw ValidationError(Self.message(problem))
        }
    }

    func run() throws {
        let console = Console(options: terminal)
        let sourceURL = URL(fileURLWithPath: source)
        let themeURL = theme.map { URL(fileURLWithPath: $0) } ?? sourceURL.appendingPathComponent("theme")
        // The site's own archetype wins; the bundled theme has one for every kind.
        guard let (data, _) = ThemeFileLookup.contents(of: kind.archetypePath, themeFolder: themeURL) else {
            console.error("error: " + ScaffoldMessages.noArchetype(themeURL.appendingPathComponent(kind.archetypePath).relativePath))
            throw ExitStatus.couldNotRun
        }
        var plan = scaffold(today: try today.resolved())
        let settings = kind == .district ? try siteSettings(sourceURL, console: console) : SiteSettings()
        plan.districtFolder = settings.districtFolder
        let page: NewPage
        switch plan.page(archetype: String(decoding: data, as: UTF8.self)) {
        case .success(let planned): page = planned
        case .failure(let problem): throw ValidationError(Self.message(problem))
        }
        let target = sourceURL.appendingPathComponent(page.path)
        if FileManager.default.fileExists(atPath: target.path) {
            console.error("error: " + ScaffoldMessages.exists(page.path))
            console.error("  hint: " + ScaffoldMessages.existsHint)
            throw ExitStatus.siteHasErrors
        }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(page.text.utf8).write(to: target, options: .withoutOverwriting)
        } catch CocoaError.fileWriteFileExists {
            console.error("error: " + ScaffoldMessages.exists(page.path))
            console.error("  hint: " + ScaffoldMessages.existsHint)
            throw ExitStatus.siteHasErrors
        } catch {
            console.error("error: cannot write \(page.path): \(error.localizedDescription)")
            throw ExitStatus.couldNotRun
        }
        print(ScaffoldMessages.created(page.path, url: page.url))
        // Its pages will name it in `district:`: a list that lacks it would warn about every one.
        if kind == .district, let listed = settings.districts, !listed.contains(where: { $0.id == plan.slug }) {
            print(ScaffoldMessages.listDistrict(id: plan.slug, name: name))
        }
    }
}

// MARK: - Helpers

private extension NewCommand {
    func scaffold(today: FrontMatterDate) -> PageScaffold {
        PageScaffold(kind: kind, name: name, today: today, section: section, district: district)
    }

    /// The site's settings (where district pages go, which districts are listed); the
    /// settings' errors, when there are any, stop the command.
    func siteSettings(_ sourceURL: URL, console: Console) throws -> SiteSettings {
        let files = ["content/_site.yaml", "content/_site.yml"].lazy.compactMap { path in
            FileManager.default.contents(atPath: sourceURL.appendingPathComponent(path).path).map { (path, $0) }
        }
        guard let (path, data) = files.first else { return SiteSettings() }
        let (settings, found) = SiteSettingsDecoder.decode(SourceFile(path: path, kind: .settings, data: data))
        guard !found.contains(where: { $0.severity == .error }) else {
            console.printDiagnostics(found.filter { $0.severity == .error })
            throw ExitStatus.siteHasErrors
        }
        return settings
    }

    static func message(_ problem: PageScaffold.Problem) -> String {
        switch problem {
        case .emptySlug: ScaffoldMessages.emptySlug
        case .badSection: ScaffoldMessages.badSection
        case .controlCharacter(let value): ScaffoldMessages.controlCharacter(value)
        }
    }
}

extension NewPageKind: ExpressibleByArgument {}
