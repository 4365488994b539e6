import FrontMatter
import TextSupport

/// Plans a new page for `safersite new`: its path and address from the kind, name and day, and its
/// text from the theme's archetype with placeholders filled.
///
/// Placeholders, written `{{name}}` in the archetype: `title` (the name, quoted for YAML),
/// `today` (`YYYY-MM-DD`), `review_by` (a year after today), `district`, `slug`.
/// Reading the archetype and writing the page are left to the caller, so this stays pure.
package struct PageScaffold: Sendable {
    /// The kind of page.
    package var kind: NewPageKind
    /// The page's name, which becomes its title and slug.
    package var name: String
    /// The day it is written.
    package var today: FrontMatterDate
    /// The folder inside `content/` to put it in; the kind's own folder when nil.
    package var section: String?
    /// The district it belongs to; a district page's own slug when nil.
    package var district: String?
    /// Where district pages go unless `section` says otherwise: the settings' `district_folder`.
    package var districtFolder: String

    /// Creates a plan.
    package init(kind: NewPageKind, name: String, today: FrontMatterDate, section: String? = nil, district: String? = nil,
                 districtFolder: String = SiteSettings.defaultDistrictFolder) {
        self.kind = kind
        self.name = name
        self.today = today
        self.section = section
        self.district = district
        self.districtFolder = districtFolder
    }

    /// What can stop a page from being planned.
    package enum Problem: Error, Equatable, Sendable {
        /// The name has no letters or digits.
        case emptySlug
        /// `--section` is not a safe folder inside `content/`.
        case badSection
        /// The name or district holds a control character (its code point): written into the
        /// front matter, it would reach every page that shows the title.
        case controlCharacter(UInt32)
    }

    /// The slug made from the name.
    package var slug: String { Slug.make(from: name) }

    /// The page to write, filled from an archetype.
    package func page(archetype: String) -> Result<NewPage, Problem> {
        // A name is one line of text: no control character at all, tabs and line breaks included.
        if let control = (name + (district ?? "")).unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return .failure(.controlCharacter(control.value))
        }
        guard !slug.isEmpty else { return .failure(.emptySlug) }
        guard let folder = sectionFolder else { return .failure(.badSection) }
        let contentPath = self.contentPath(folder: folder)
        let fileKind: SourceFile.Kind = kind == .district ? .sectionIndex : .page
        guard case .success(let address) = URLPlanner.plan(contentPath: contentPath, kind: fileKind, slug: nil, url: nil) else {
            return .failure(.badSection)
        }
        return .success(NewPage(path: "content/" + contentPath, url: address.url, text: fill(archetype)))
    }

    /// A year after a day; 29 February becomes 28 February.
    package static func yearAfter(_ day: FrontMatterDate) -> FrontMatterDate {
        let year = day.year + 1
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lastDay = day.month == 2 && day.day == 29 && !isLeap ? 28 : day.day
        return FrontMatterDate(year: year, month: day.month, day: lastDay)
    }

    /// Text as a YAML double-quoted scalar.
    package static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

// MARK: - Helpers

private extension PageScaffold {
    /// The folder, cleaned of surrounding slashes, or nil when it is not a plain folder inside `content/`.
    var sectionFolder: String? {
        guard let section else { return defaultFolder }
        return Self.folder(section)
    }

    /// The kind's own folder: for a district page, the site's `district_folder`.
    var defaultFolder: String {
        kind == .district ? districtFolder : kind.defaultSection
    }
}

extension PageScaffold {
    /// A folder inside `content/` as written (`--section`, `district_folder:`), cleaned of
    /// surrounding slashes (`""` for `content/` itself), or nil when it is not a plain folder:
    /// no part empty or starting with `.` or `_`, no backslash.
    package static func folder(_ section: String) -> String? {
        let parts = section.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let trimmed = Array(parts.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed())
        if trimmed.isEmpty { return "" }
        let safe = trimmed.allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".") && !part.hasPrefix("_") && !part.contains("\\")
        }
        return safe ? trimmed.joined(separator: "/") : nil
    }
}

private extension PageScaffold {
    func contentPath(folder: String) -> String {
        let prefix = folder.isEmpty ? "" : folder + "/"
        switch kind {
        case .project, .page: return prefix + slug + ".md"
        case .update: return prefix + today.iso8601 + "-" + slug + ".md"
        case .district: return prefix + slug + "/_index.md"
        }
    }

    func fill(_ archetype: String) -> String {
        let values = [
            "title": Self.quoted(name),
            "today": today.iso8601,
            "review_by": Self.yearAfter(today).iso8601,
            "district": Self.quoted(district ?? (kind == .district ? slug : "")),
            "slug": slug,
        ]
        var text = archetype
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            text = text.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        return text
    }
}
