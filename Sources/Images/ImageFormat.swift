/// The raster formats SaferSite reads and publishes.
package enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg, png, webp

    /// The file ending written for it.
    package var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        }
    }

    /// Its media type, for `<source type="...">`.
    package var mediaType: String { "image/\(rawValue)" }

    /// The format a file ending names (`.jpg`, `.JPEG`, `.png`, `.webp`), or nil for any other.
    package init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "jpg", "jpeg": self = .jpeg
        case "png": self = .png
        case "webp": self = .webp
        default: return nil
        }
    }

    /// The format libvips' loader reads (its class name), for the three loaders SaferSite lets it use.
    init?(loader: String) {
        switch loader {
        case "VipsForeignLoadJpegBuffer": self = .jpeg
        case "VipsForeignLoadPngBuffer": self = .png
        case "VipsForeignLoadWebpBuffer": self = .webp
        default: return nil
        }
    }
}
