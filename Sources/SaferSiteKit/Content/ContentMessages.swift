/// The content stage's messages, named so tests can compare with them.
public enum ContentMessages {
    /// How to write a date that may give only the month (an update's `date`, a source's `date`).
    public static let dayOrMonthHint =
        "write the date as year-month-day, e.g. date: 2015-06-03, or year-month when only the month is known, e.g. date: 2015-06"

    public static let missingTitle = "this page has no title"
    public static let emptyTitle = "the title is empty"
    public static let missingTitleHint = "add a line 'title: Your page title' to the front matter between the --- lines"
    public static let noFrontMatter = "this page has no front matter"
    public static let noFrontMatterHint = "start the file with a line '---', then 'title: Your page title', then another '---'"

    public static func unknownKey(_ key: String, near: String) -> String {
        "unknown front matter key '\(key)'; did you mean '\(near)'?"
    }

    public static func unknownKeyHint(_ near: String) -> String {
        "rename it to '\(near)' if that is what you meant; other keys are passed to templates unchanged"
    }

    public static func wrongType(key: String, expected: String, found: String) -> String {
        "'\(key)' should be \(expected), but it is \(found)"
    }

    public static func duplicateURL(_ url: String, other: String) -> String {
        "this page would be written to \(url), which \(other) also writes"
    }

    public static let duplicateURLHint = "give one of the pages a different 'slug' or 'url' in its front matter"

    public static func caseClash(_ url: String, other: String) -> String {
        "this page's address \(url) differs only in capital letters from \(other)'s, which breaks on some web hosts"
    }

    public static let badSlug = "a slug must be one part of an address: letters, digits, '-', '_' or '.', and no '/' or '..'"
    public static let badSlugHint = "use something like 'slug: my-page'"
    public static let badURL = "a url must start with '/', must not contain '..', '//', '\\' or encoded characters, and must end with '/' or '.html'"
    public static let badURLHint = "use something like 'url: /contact/' or 'url: /404.html'"

    public static func unknownLayout(_ name: String, available: [String]) -> String {
        "there is no layout called '\(name)' in the theme"
    }

    public static func unknownLayoutHint(available: [String]) -> String {
        "use one of: " + available.joined(separator: ", ")
    }

    public static func menuTargetMissing(_ path: String) -> String {
        "the menu links to '\(path)', but there is no such page in content/"
    }

    public static let menuTargetMissingHint = "write the page's path inside content/, e.g. 'page: about.md' or 'page: partnerships/oxford/_index.md'"
}
