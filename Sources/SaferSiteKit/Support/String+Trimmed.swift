extension StringProtocol {
    /// The text without white space or line breaks at either end.
    ///
    /// Works on Unicode scalars with a shortcut for ASCII; Foundation's `trimmingCharacters(in:)`
    /// bridges through `NSString` and showed up in profiles of large builds.
    func trimmed() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !String.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !String.isSpace($0) })!
        return String(self[first..<scalars.index(after: last)])
    }
}

extension Substring {
    /// The same slice without white space or line breaks at either end, sharing this one's storage.
    func trimmedSlice() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !String.isSpace($0) }) else { return self[endIndex...] }
        let last = scalars.lastIndex(where: { !String.isSpace($0) })!
        return self[first..<scalars.index(after: last)]
    }

}
