import TextSupport

/// The `Content-Type` the preview server sends for a file, chosen by its extension (`MediaType`).
public enum ContentType {
    /// The type for anything not listed, so a browser downloads rather than guesses.
    public static let fallback = "application/octet-stream"

    /// The type for an HTML page.
    public static let html = MediaType.html

    /// The `Content-Type` header value for a site-relative path such as `about/index.html`.
    public static func forPath(_ path: String) -> String {
        MediaType.of(path: path) ?? fallback
    }

    /// Whether a `Content-Type` value is HTML, the only kind the live-reload script goes into.
    public static func isHTML(_ contentType: String) -> Bool {
        contentType.lowercased().hasPrefix("text/html")
    }
}
