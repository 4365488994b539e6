/// The `Content-Type` the preview server sends for a file, chosen by its extension.
///
/// Text types carry `charset=utf-8`, because the build writes every text file as UTF-8.
public enum ContentType {
    /// The type for anything not listed, so a browser downloads rather than guesses.
    public static let fallback = "application/octet-stream"

    /// The type for an HTML page.
    public static let html = "text/html; charset=utf-8"

    /// The `Content-Type` header value for a site-relative path such as `about/index.html`.
    public static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        let ext = name[name.index(after: dot)...].lowercased()
        return byExtension[ext] ?? fallback
    }

    /// Whether a `Content-Type` value is HTML, the only kind the live-reload script goes into.
    public static func isHTML(_ contentType: String) -> Bool {
        contentType.lowercased().hasPrefix("text/html")
    }
}

// MARK: - Helpers

private extension ContentType {
    static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/vnd.microsoft.icon",
        "pdf": "application/pdf",
        "woff2": "font/woff2",
        "woff": "font/woff",
        "webmanifest": "application/manifest+json; charset=utf-8",
    ]
}
