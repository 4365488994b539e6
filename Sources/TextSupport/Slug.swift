import Foundation

/// Turns a page's name into the last part of its file name and address: lower case, letters and
/// digits, hyphens between words. "Safe & Confident Communities" → `safe-and-confident-communities`.
package enum Slug {
    /// The slug for a name; empty when the name has no letters or digits.
    package static func make(from name: String) -> String {
        let folded = name.replacingOccurrences(of: "&", with: " and ")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_GB"))
            .lowercased()
        var slug = ""
        var pendingHyphen = false
        for character in folded {
            if character == "'" || character == "’" { continue }
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}
