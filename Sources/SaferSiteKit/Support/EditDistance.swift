/// Levenshtein distance, used to suggest the key or page a person probably meant.
enum EditDistance {
    /// The distance between two texts, counted in characters.
    static func between(_ a: String, _ b: String) -> Int {
        // In ASCII every byte is a character; that case (front matter keys, most paths) needs no
        // arrays of characters.
        if a.isAllASCII && b.isAllASCII {
            return between(Array(a.utf8), Array(b.utf8))
        }
        return between(Array(a), Array(b))
    }

    private static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
