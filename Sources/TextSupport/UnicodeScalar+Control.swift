extension Unicode.Scalar {
    /// Whether this is a control character a web page cannot show and a terminal may obey: every
    /// one of Unicode's controls (U+0000–U+001F, U+007F–U+009F) except tab, line feed and
    /// carriage return, which are white space in HTML. Such a character never reaches the output.
    package var isUnshowableControl: Bool {
        properties.generalCategory == .control && self != "\t" && self != "\n" && self != "\r"
    }
}
