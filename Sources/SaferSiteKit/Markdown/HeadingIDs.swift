/// Gives headings stable ids from their text, unique within a page.
///
/// "What it achieved" → `what-it-achieved`; a second "Outcomes" on the same page → `outcomes-2`.
package struct HeadingIDs: Sendable {
    private var used: Set<String> = []
    /// For each text's id that was taken, the number its next repeat tries first. Every number
    /// below it was taken already (and stays taken), so N headings with one text cost N look-ups
    /// rather than N²/2, and the ids are the same as trying 2, 3, … from the start.
    private var nextNumber: [String: Int] = [:]

    /// A fresh set of ids for one page.
    package init() {}

    /// The id for a heading's text, never one already given on this page.
    package mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        if used.contains(base) {
            var number = nextNumber[base] ?? 2
            candidate = "\(base)-\(number)"
            // A heading written as "Outcomes 3" may have taken a number already.
            while used.contains(candidate) {
                number += 1
                candidate = "\(base)-\(number)"
            }
            nextNumber[base] = number + 1
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
