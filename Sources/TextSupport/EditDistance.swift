/// Levenshtein distance, used to suggest the key or page a person probably meant.
package enum EditDistance {
    /// The distance between two texts, counted in characters.
    package static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
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

    /// The key of `keys` that `key` most likely means, if it is close enough to be a typo: the
    /// same key in other letters' case or with `-` for `_`, or one or two edits away (one for a
    /// key of four letters or fewer).
    package static func nearestKey(to key: String, among keys: [String]) -> String? {
        let lowered = String(key.lowercased().map { $0 == "-" ? "_" : $0 })
        if keys.contains(lowered) { return lowered }
        // A key whose length differs by more than two cannot be close enough: skip the sums.
        let length = lowered.count
        let candidates = keys.filter { abs($0.count - length) <= 2 }.map { ($0, between(lowered, $0)) }
        guard let best = candidates.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = best.0.count <= 4 ? 1 : 2
        return best.1 <= allowed ? best.0 : nil
    }

    /// The name of `names` closest to `name`, if it is close enough to be a typo: at most a
    /// quarter of its letters away (two for a short name); the first in sorted order on a tie.
    package static func nearest(to name: String, among names: [String]) -> String? {
        names.map { ($0, between(name, $0)) }
            .filter { $0.1 > 0 && $0.1 <= max(2, name.count / 4) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}
