import FrontMatter

/// `safersite new`'s messages, named so tests can compare with them.
package enum ScaffoldMessages {
    package static let emptySlug = "the name needs at least one letter or digit, to make the page's file name"
    package static let badSection = "--section must be a folder inside content/, such as 'projects' or 'districts/north-anytown', without '..' or names starting with '_' or '.'"

    /// A name or district holding a control character.
    package static func controlCharacter(_ value: UInt32) -> String {
        "the name or --district holds an invisible control character (U+\(FrontMatterError.hex(value))); type it again as plain text on one line"
    }

    package static func exists(_ path: String) -> String {
        "\(path) already exists; it was left as it was"
    }

    package static let existsHint = "choose another name, or edit the existing page"

    package static func noArchetype(_ path: String) -> String {
        "the theme has no page template for this kind of page: \(path) is missing"
    }

    package static func created(_ path: String, url: String) -> String {
        "Created \(path) (it will be at \(url))"
    }

    /// A new district that the settings' `districts:` do not list yet, with the line to add.
    package static func listDistrict(id: String, name: String) -> String {
        "Add it to the districts in content/_site.yaml, so pages can name it: - {id: \(id), name: \(PageScaffold.quoted(name))}"
    }
}
