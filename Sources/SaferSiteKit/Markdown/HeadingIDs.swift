/// Gives headings stable ids from their text, unique within a page.
///
/// "What it achieved" → `what-it-achieved`; a second "Outcomes" on the same page → `outcomes-2`.
package struct HeadingIDs: Sendable {
    private var used: Set<String> = []

    /// A fresh set of ids for one page.
    package init() {}

    /// The id for a heading's text, never one already given on this page.
    package mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var number = 1
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        used.insert(candidate)
        return candidate
    }

    /// Lower-case letters and digits, every other run of characters turned into one hyphen,
    /// with no hyphen at either end; `section` when nothing is left.
    package static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "section" : result
    }
}
