/// The kinds of page `safersite new` writes, each from the theme's `archetypes/KIND.md`.
package enum NewPageKind: String, Sendable, CaseIterable {
    /// A project page: `content/projects/SLUG.md`.
    case project
    /// A news update: `content/updates/YYYY-MM-DD-SLUG.md`.
    case update
    /// A plain page: `content/SLUG.md`.
    case page
    /// A district partnership's section page: `content/FOLDER/SLUG/_index.md`, FOLDER being the
    /// settings' `district_folder` (`PageScaffold.districtFolder`).
    case district

    /// The folder inside `content/` the page goes in unless `--section` says otherwise (for a
    /// district, when the settings name no `district_folder`).
    package var defaultSection: String {
        switch self {
        case .project: "projects"
        case .update: "updates"
        case .page: ""
        case .district: SiteSettings.defaultDistrictFolder
        }
    }

    /// The archetype's path inside the theme folder.
    package var archetypePath: String {
        "archetypes/\(rawValue).md"
    }
}
