/// Characters that word processors put where YAML's syntax expects plain ones: text pasted from
/// Word or an email keeps them, and the parser then reports something that says nothing of them
/// ("expected a space after ':'"). `find` spots one where the syntax is, so the finding can name it.
enum PastedCharacter {
    /// The first word-processor character in a syntax place of `scalars` (a line's), at or before
    /// `end` (where the parser found a problem): with the problem to report, and its index.
    static func find(in scalars: [Unicode.Scalar], upTo end: Int) -> (problem: FrontMatterError, index: Int)? {
        let last = min(end, scalars.count - 1)
        guard last >= 0 else { return nil }
        var index = 0
        // The indentation, and a list's dash.
        while index <= last, scalars[index] == " " || scalars[index] == "\u{A0}" || isDash(scalars[index]) {
            if scalars[index] == "\u{A0}" { return (.nonBreakingSpace, index) }
            if isDash(scalars[index]) { return (.wordDash(scalars[index]), index) }
            index += 1
        }
        // After a key's `:` or a list's `-`: the space, then the start of the value.
        while index <= last {
            if scalars[index] == ":" || scalars[index] == "-" {
                var next = index + 1
                if next < scalars.count, scalars[next] == "\u{A0}" { return (.nonBreakingSpace, next) }
                while next < scalars.count, scalars[next] == " " { next += 1 }
                if next < scalars.count, next <= last + 1, isCurlyQuote(scalars[next]) { return (.curlyQuote(scalars[next]), next) }
            }
            index += 1
        }
        return nil
    }

    static func isCurlyQuote(_ scalar: Unicode.Scalar) -> Bool {
        ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{201E}", "\u{00AB}", "\u{00BB}"].contains(scalar)
    }

    /// En and em dashes, the minus sign and bullets: what a word processor makes of a list's `-`.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        ["\u{2013}", "\u{2014}", "\u{2212}", "\u{2022}"].contains(scalar)
    }
}

// MARK: - Messages

extension FrontMatterError {
    /// A curly quote where YAML expects a straight one.
    static func curlyQuote(_ scalar: Unicode.Scalar) -> FrontMatterError {
        let straight = ["\u{2018}", "\u{2019}"].contains(scalar) ? "'" : "\""
        return FrontMatterError(
            message: "this is a curly quote (U+\(hex(scalar.value))) pasted from a word processor; YAML needs a straight quote \(straight)",
            hint: "type the quotes again as straight quotes: title: \"Safer nights: a plan\"")
    }
    /// A non-breaking space where YAML expects a space.
    static let nonBreakingSpace = FrontMatterError(
        message: "this is a non-breaking space (U+00A0) pasted from a word processor, where YAML needs an ordinary space",
        hint: "delete the space and type it again with the space bar")
    /// A dash or bullet where a list item's `-` goes.
    static func wordDash(_ scalar: Unicode.Scalar) -> FrontMatterError {
        FrontMatterError(
            message: "this is a dash or bullet (U+\(hex(scalar.value))) pasted from a word processor; a list item starts with a hyphen -",
            hint: "type a hyphen - and a space at the start of the item: - first item")
    }
}
