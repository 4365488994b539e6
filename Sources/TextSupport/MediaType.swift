/// The media type of a file, by its name's ending: the one table the preview's `Content-Type`
/// and the page head's `<link rel="icon" type="...">` both read.
///
/// Text types carry `charset=utf-8`, because the build writes every text file as UTF-8.
package enum MediaType {
    /// The media type, as a `Content-Type` value, of a path such as `about/index.html`; nil for
    /// an ending not listed, or none.
    package static func of(path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return byExtension[name[name.index(after: dot)...].lowercased()]
    }

    /// The media type of a path without its parameters (`image/svg+xml`, not `image/svg+xml;
    /// charset=utf-8`), as a `type` attribute names it.
    package static func essence(ofPath path: String) -> String? {
        of(path: path).map { String($0.prefix { $0 != ";" }) }
    }

    /// HTML's `Content-Type`.
    package static let html = "text/html; charset=utf-8"

    private static let byExtension: [String: String] = [
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
