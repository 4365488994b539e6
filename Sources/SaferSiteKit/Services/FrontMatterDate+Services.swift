import FrontMatter

/// Dates in the formats that sitemaps and feeds require.
extension FrontMatterDate {
    /// W3C Datetime, as the sitemap protocol's `<lastmod>` wants: `2015-06-03`, or the full
    /// date-time with its zone when a time was written (`2015-06-03T10:00:00+01:00`).
    var w3cDatetime: String {
        iso8601
    }

    /// An RFC 3339 date-time, as Atom requires: a date without a time is taken as midnight UTC
    /// (`2015-06-03T00:00:00Z`); a time without a zone is UTC, as YAML says.
    var rfc3339: String {
        time == nil ? iso8601 + "T00:00:00Z" : iso8601
    }
}
