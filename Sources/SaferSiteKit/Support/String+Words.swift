extension String {
    /// The text split at white space, as slices of the text.
    ///
    /// Checking Unicode scalars, with a shortcut for ASCII, is much faster than asking each
    /// `Character` whether it is white space; this runs over every page's text.
    func whitespaceSeparated() -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var index = unicodeScalars.startIndex
        let end = unicodeScalars.endIndex
        while index < end {
            if Self.isSpace(unicodeScalars[index]) {
                if let first = start { tokens.append(self[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = unicodeScalars.index(after: index)
        }
        if let first = start { tokens.append(self[first..<end]) }
        return tokens
    }

    /// White space, with a shortcut for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar == " " || ("\t"..."\r").contains(scalar)) : scalar.properties.isWhitespace
    }

    /// A letter or digit, with a shortcut for ASCII.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
            : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
    }
}
