import FrontMatter

/// The order pages are listed in: by `weight` (pages with one first), then `date` newest first,
/// then title, then path so that ties are still deterministic.
package enum ListingOrder {
    /// Whether `a` comes before `b` in a listing.
    package static func before(_ a: Page, _ b: Page) -> Bool {
        Key(a).isBefore(Key(b))
    }

    /// Each page's place in listing order: `ranks[i] < ranks[j]` exactly when `pages[i]` is
    /// listed before `pages[j]`. Sorting page indexes by rank compares two numbers, where
    /// `before` would copy two whole pages out of the array for every comparison.
    package static func ranks(of pages: [Page]) -> [Int] {
        let order = sorted(Array(pages.indices), of: pages) { $0.isBefore($1) }
        var ranks = Array(repeating: 0, count: pages.count)
        for rank in order.indices { ranks[order[rank]] = rank }
        return ranks
    }

    /// Whether `a` comes before `b` when listing by date, newest first (then by title and path).
    package static func newestFirst(_ a: Page, _ b: Page) -> Bool {
        Key(a).isNewerThan(Key(b))
    }

    /// `indexes` of `pages` sorted newest first, comparing small keys rather than whole pages.
    static func newestFirst(_ indexes: [Int], of pages: [Page]) -> [Int] {
        sorted(indexes, of: pages) { $0.isNewerThan($1) }
    }

    /// `indexes` of `pages` sorted by their keys. Only the indexes move: the keys stay in one
    /// buffer and are read there, so no key (two strings and a date) is copied as the sort runs.
    /// A long list is sorted in two halves on two cores, then merged: the keys order pages
    /// completely (no two have the same path), so the result is the same either way.
    private static func sorted(_ indexes: [Int], of pages: [Page], by isBefore: @escaping (Key, Key) -> Bool) -> [Int] {
        let keys = ParallelMap.map(pages.count, chunkSize: 256) { Key(pages[$0]) }
        return keys.withUnsafeBufferPointer { keys in
            let comesFirst = { (a: Int, b: Int) in isBefore(keys[a], keys[b]) }
            guard indexes.count >= 4096 else { return indexes.sorted(by: comesFirst) }
            let middle = indexes.count / 2
            let halves = ParallelMap.map(2, chunkSize: 1) { half in
                (half == 0 ? indexes[..<middle] : indexes[middle...]).sorted(by: comesFirst)
            }
            return merge(halves[0], halves[1], by: comesFirst)
        }
    }

    /// Two sorted lists made one.
    private static func merge(_ first: [Int], _ second: [Int], by comesFirst: (Int, Int) -> Bool) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count && j < second.count {
            if comesFirst(second[j], first[i]) {
                merged.append(second[j])
                j += 1
            } else {
                merged.append(first[i])
                i += 1
            }
        }
        merged += first[i...]
        merged += second[j...]
        return merged
    }

    /// What the listing order reads of a page.
    private struct Key {
        var weight: Int?
        var date: FrontMatterDate?
        var title: String
        var contentPath: String

        init(_ page: Page) {
            weight = page.meta.weight
            date = page.meta.date
            title = page.meta.title
            contentPath = page.contentPath
        }

        func isBefore(_ other: Key) -> Bool {
            switch (weight, other.weight) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            // Two dates at the same moment written differently (`11:00+01:00`, `10:00Z`) are
            // neither before nor after each other: the title and path decide, as for equal dates.
            switch (date, other.date) {
            case let (x?, y?) where x < y || y < x: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if title != other.title { return title < other.title }
            return contentPath < other.contentPath
        }

        func isNewerThan(_ other: Key) -> Bool {
            if let x = date, let y = other.date, x < y || y < x { return x > y }
            if title != other.title { return title < other.title }
            return contentPath < other.contentPath
        }
    }
}
