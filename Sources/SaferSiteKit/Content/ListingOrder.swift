/// The order pages are listed in: by `weight` (pages with one first), then `date` newest first,
/// then title, then path so that ties are still deterministic.
public enum ListingOrder {
    /// Whether `a` comes before `b` in a listing.
    public static func before(_ a: Page, _ b: Page) -> Bool {
        switch (a.meta.weight, b.meta.weight) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.meta.date, b.meta.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.meta.title != b.meta.title { return a.meta.title < b.meta.title }
        return a.contentPath < b.contentPath
    }

    /// Whether `a` comes before `b` when listing by date, newest first (then by title and path).
    public static func newestFirst(_ a: Page, _ b: Page) -> Bool {
        if let x = a.meta.date, let y = b.meta.date, x != y { return x > y }
        if a.meta.title != b.meta.title { return a.meta.title < b.meta.title }
        return a.contentPath < b.contentPath
    }
}
