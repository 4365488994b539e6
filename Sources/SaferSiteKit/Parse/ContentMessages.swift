/// The content stage's messages, named so tests can compare with them.
package enum ContentMessages {
    /// How to write a date that may give only the month (an update's `date`, a source's `date`).
    package static let dayOrMonthHint =
        "write the date as year-month-day, e.g. date: 2015-06-03, or year-month when only the month is known, e.g. date: 2015-06"

    package static let missingTitle = "this page has no title"
    package static let emptyTitle = "the title is empty"
    package static let missingTitleHint = "add a line 'title: Your page title' to the front matter between the --- lines"
    package static let noFrontMatter = "this page has no front matter"
    package static let noFrontMatterHint = "start the file with a line '---', then 'title: Your page title', then another '---'"

    package static func unknownKey(_ key: String, near: String) -> String {
        "unknown front matter key '\(key)'; did you mean '\(near)'?"
    }

    package static func unknownKeyHint(_ near: String) -> String {
        "rename it to '\(near)' if that is what you meant; other keys are passed to templates unchanged"
    }

    package static func wrongType(key: String, expected: String, found: String) -> String {
        "'\(key)' should be \(expected), but it is \(found)"
    }

    package static func duplicateURL(_ url: String, other: String) -> String {
        "this page would be written to \(url), which \(other) also writes"
    }

    package static let duplicateURLHint = "give one of the pages a different 'slug' or 'url' in its front matter"

    package static func caseClash(_ url: String, other: String) -> String {
        "this page's address \(url) differs only in capital letters from \(other)'s, which breaks on some web hosts"
    }

    package static let badSlug = "a slug must be one part of an address, at most 255 bytes long: letters, digits, '-', '_' or '.', and no '/' or '..'"
    package static let badSlugHint = "use something like 'slug: my-page'"
    package static let badURL = "a url must start with '/', must not contain '..', '//', '\\' or encoded characters, must end with '/' or '.html', and no part of it may be longer than 255 bytes"
    package static let badURLHint = "use something like 'url: /contact/' or 'url: /404.html'"
    package static let badAliasHint = "write the old address from the site's root, as it was: e.g. 'aliases: [/old-projects/aspire/]'"

    /// A page whose `publish_date` is still to come.
    package static func scheduled(_ day: String, previewed: Bool) -> String {
        "this page is scheduled: it goes on the site on \(day)" + (previewed ? "; the preview shows it with a notice" : ", and is left out until then")
    }

    /// A page whose `expiry_date` has passed.
    package static func expired(_ day: String, previewed: Bool) -> String {
        "this page expired: its last day on the site was \(day)" + (previewed ? "; the preview shows it with a notice" : ", so it is left out")
    }

    /// An alias that cannot be an address of the site.
    package static func badAlias(_ alias: String) -> String {
        "'\(alias)' cannot be an old address of this page: an alias must start with '/', end with '/' or '.html', and not contain '..', '//', '\\', '?', '#' or encoded characters"
    }

    package static func unknownLayout(_ name: String, available: [String]) -> String {
        "there is no layout called '\(name)' in the theme"
    }

    package static func unknownLayoutHint(available: [String], nearest: String?) -> String {
        (nearest.map { "did you mean '\($0)'? " } ?? "") + "use one of: " + available.joined(separator: ", ")
    }

    package static func menuTargetMissing(_ path: String) -> String {
        "the menu links to '\(path)', but there is no such page in content/"
    }

    package static let menuTargetMissingHint = "write the page's path inside content/, e.g. 'page: about.md' or 'page: districts/north-anytown/_index.md'"

    /// The page a menu item most likely means, as the item should name it.
    package static func menuTargetHint(_ path: String) -> String {
        "did you mean 'page: \(path)'?"
    }
}
