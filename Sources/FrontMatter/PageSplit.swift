/// A fast split of a page into its front matter lines and its body, for the usual case: no byte
/// order mark, no carriage returns, and a closing `---` line. Anything else is left to the full
/// line-by-line path, so both always agree.
struct PageSplit {
    /// The text from the opening `---` through the closing `---` line and its line break.
    let head: String
    /// Everything after the closing `---` line, exactly as written.
    let body: String

    /// Nil when the text needs the full path (a BOM, a CR, no front matter, or no closing line).
    init?(_ text: String) {
        let bytes = text.utf8
        guard bytes.starts(with: "---".utf8), !bytes.contains(13) else { return nil }
        var lineStart = bytes.startIndex
        var isFirstLine = true
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.endIndex
            if Self.isFence(bytes[lineStart..<lineEnd]) && !isFirstLine {
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                // A body that is empty or starts without a line break must keep the full path's meaning.
                guard lineEnd < bytes.endIndex else { return nil }
                head = String(text[..<bodyStart])
                body = String(text[bodyStart...])
                return
            }
            guard Self.isFence(bytes[lineStart..<lineEnd]) || !isFirstLine else { return nil }
            isFirstLine = false
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
        }
        return nil
    }

    /// `---` followed only by spaces or tabs.
    static func isFence(_ line: Substring.UTF8View) -> Bool {
        guard line.starts(with: "---".utf8) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == 32 || $0 == 9 }
    }
}
