extension String {
    /// The text split at white space, as slices of the text.
    ///
    /// Checking Unicode scalars, with a shortcut for ASCII, is much faster than asking each
    /// `Character` whether it is white space; this runs over every page's text.
    func whitespaceSeparated() -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        let utf8 = self.utf8
        var index = utf8.startIndex
        let end = utf8.endIndex
        while index < end {
            let byte = utf8[index]
            // An ASCII byte is a whole scalar; a lead byte starts one (continuation bytes are skipped).
            let isSpace: Bool
            if byte < 0x80 {
                isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            } else if byte >= 0xC0 {
                isSpace = unicodeScalars[index].properties.isWhitespace
            } else {
                index = utf8.index(after: index)
                continue
            }
            if isSpace {
                if let first = start { tokens.append(self[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let first = start { tokens.append(self[first..<end]) }
        return tokens
    }

    /// White space, with a shortcut for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar == " " || ("\t"..."\r").contains(scalar)) : scalar.properties.isWhitespace
    }

    /// A letter or digit, with a shortcut for ASCII.
    @inline(__always)
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x80 else { return scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        // Unsigned wrap-around: each test is one comparison (a-z, A-Z, 0-9).
        return value &- 0x61 < 26 || value &- 0x41 < 26 || value &- 0x30 < 10
    }
}
