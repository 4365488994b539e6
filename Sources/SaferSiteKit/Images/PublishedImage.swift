import Images

/// A raster image of `content/` and the files it is published as.
///
/// Widths: 480, 800, 1200 and 1600 pixels, those narrower than the image itself, then the image's
/// own width up to 1600 (the largest, published at the image's own path). 480 is a phone held
/// upright at 1x; 800 the same phone at 2x or a text column at 1x; 1200 and 1600 the column on a
/// high-density laptop screen. No image is ever made wider than it was.
package struct PublishedImage: Sendable, Hashable {
    /// The widths images are published at, before the image's own width caps them.
    package static let widthSteps = [480, 800, 1200, 1600]

    /// Its path inside `content/`: `photos/fun-day.jpg`.
    package var contentPath: String
    /// What its header says: format, upright size.
    package var header: ImageHeader
    /// The widths it is published at, narrowest first; the last is the largest.
    package var widths: [Int]

    /// An image whose header is `header`.
    package init(contentPath: String, header: ImageHeader) {
        self.contentPath = contentPath
        self.header = header
        let largest = min(header.width, Self.widthSteps.last!)
        self.widths = Self.widthSteps.filter { $0 < largest } + [largest]
    }

    /// The largest published width.
    package var largestWidth: Int { widths.last! }

    /// The height at a published width, keeping the image's shape.
    package func height(atWidth width: Int) -> Int {
        width == header.width ? header.height : max(1, Int((Double(header.height) * Double(width) / Double(header.width)).rounded()))
    }

    /// The formats it is published in: its own, then WebP (smaller, read by every current browser)
    /// when its own is not WebP already.
    package var formats: [ImageFormat] { header.format == .webp ? [.webp] : [header.format, .webp] }

    /// The path inside the output folder of one rendition: the largest in the image's own format
    /// at the image's own path, the others beside it (`fun-day-480w.jpg`, `fun-day.webp`).
    package func outputPath(width: Int, format: ImageFormat) -> String {
        let (stem, ownExtension) = Self.split(contentPath)
        let ext = format == header.format ? ownExtension : format.fileExtension
        if width == largestWidth && format == header.format { return contentPath }
        return width == largestWidth ? "\(stem).\(ext)" : "\(stem)-\(width)w.\(ext)"
    }

    /// Every rendition's output path, with its width and format.
    package var renditions: [(path: String, width: Int, format: ImageFormat)] {
        formats.flatMap { format in widths.map { (outputPath(width: $0, format: format), $0, format) } }
    }

    /// The share card's output path: `fun-day-share.jpg`, 1200 x 630 cropped from the centre,
    /// PNG when the image has transparency.
    package var shareCardPath: String {
        "\(Self.split(contentPath).stem)-share.\(shareCardFormat.fileExtension)"
    }

    /// The share card's size: 1200 x 630, or the largest box of that shape inside a smaller image
    /// (never enlarged).
    package var shareCardSize: (width: Int, height: Int) {
        let scale = min(1, Double(header.width) / Double(ShareCard.width), Double(header.height) / Double(ShareCard.height))
        return (max(1, Int((Double(ShareCard.width) * scale).rounded(.down))), max(1, Int((Double(ShareCard.height) * scale).rounded(.down))))
    }

    /// The share card's format.
    package var shareCardFormat: ImageFormat { header.hasAlpha ? .png : .jpeg }

    /// A path without its extension, and the extension as written.
    static func split(_ path: String) -> (stem: String, ext: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return (path, "") }
        return (String(path[..<dot]), String(path[path.index(after: dot)...]))
    }
}

/// Share cards' size, as the social networks ask (1.91:1).
package enum ShareCard {
    /// 1200 pixels wide.
    package static let width = 1200
    /// 630 pixels high.
    package static let height = 630
}
