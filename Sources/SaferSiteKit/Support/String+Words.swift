import FrontMatter

extension String {
    /// The text split at white space, as slices of the text.
    func whitespaceSeparated() -> [Substring] {
        Array(WhitespaceTokens(self))
    }

    /// The runs of text between white space, one at a time, so a caller can stop early.
    ///
    /// Checking Unicode scalars, with a shortcut for ASCII, is much faster than asking each
    /// `Character` whether it is white space; this runs over every page's text.
    struct WhitespaceTokens: Sequence, IteratorProtocol {
        private let text: String
        private var index: String.Index
        private let end: String.Index

        init(_ text: String) {
            self.init(text, from: text.startIndex, to: text.endIndex)
        }

        /// The tokens of `text[start..<end]`; both ends must be on scalar boundaries.
        init(_ text: String, from start: String.Index, to end: String.Index) {
            self.text = text
            index = start
            self.end = end
        }

        mutating func next() -> Substring? {
            let utf8 = text.utf8
            var start: String.Index?
            while index < end {
                let byte = utf8[index]
                // An ASCII byte is a whole scalar; a lead byte starts one (continuation bytes are skipped).
                let isSpace: Bool
                if byte < 0x80 {
                    isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                } else if byte >= 0xC0 {
                    isSpace = String.isSpace(text.unicodeScalars[index])
                } else {
                    index = utf8.index(after: index)
                    continue
                }
                if isSpace, let first = start {
                    return text[first..<index]
                } else if !isSpace && start == nil {
                    start = index
                }
                index = utf8.index(after: index)
            }
            return start.map { text[$0..<end] }
        }
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
        return UInt8(value).isASCIILetterOrDigit
    }
}

extension UInt8 {
    /// An ASCII letter or digit (unsigned wrap-around: each test is one comparison).
    var isASCIILetterOrDigit: Bool {
        self &- 0x61 < 26 || self &- 0x41 < 26 || self &- 0x30 < 10
    }
}
