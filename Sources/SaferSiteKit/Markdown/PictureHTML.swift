import Images
import TextSupport

/// The HTML of a picture in a page body: `srcset` of its published widths, WebP beside its own
/// format in a `<picture>`, its size, and lazy loading for all but the page's first picture.
enum PictureHTML {
    /// How wide a body picture shows: the theme's text column (`--measure`, 42rem) on a wide
    /// screen, the screen less the page's padding on a phone. The browser picks the narrowest
    /// file at least that wide for the screen's density.
    static let sizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"

    /// A published image's `<img>` (in a `<picture>` with a WebP `<source>` when its own format is
    /// not WebP), its addresses from the site's `root`. The first picture of a page loads at once;
    /// the others when they come near the screen.
    static func picture(_ image: PublishedImage, alt: String, first: Bool, root: SiteRoot = .top) -> String {
        let loading = first ? "" : " loading=\"lazy\" decoding=\"async\""
        let size = " width=\"\(image.largestWidth)\" height=\"\(image.height(atWidth: image.largestWidth))\""
        let img = "<img src=\"\(root.address(LinkResolver.fileURL(image.contentPath)))\" srcset=\"\(srcset(image, image.header.format, root: root))\""
            + " sizes=\"\(sizes)\"\(size) alt=\"\(HTMLEscape.attribute(alt))\"\(loading)>"
        guard image.header.format != .webp else { return img }
        return "<picture><source type=\"\(ImageFormat.webp.mediaType)\" srcset=\"\(srcset(image, .webp, root: root))\" sizes=\"\(sizes)\">\(img)</picture>"
    }

    /// An image SaferSite does not resize (SVG, another site's): as written, without a title.
    static func plain(src: String, alt: String) -> String {
        "<img src=\"\(HTMLEscape.attribute(src))\" alt=\"\(HTMLEscape.attribute(alt))\">"
    }

    /// A picture with its caption below it.
    static func figure(_ picture: String, caption: String) -> String {
        "<figure class=\"picture\">\(picture)<figcaption>\(HTMLEscape.text(caption))</figcaption></figure>\n"
    }

    static func srcset(_ image: PublishedImage, _ format: ImageFormat, root: SiteRoot) -> String {
        image.widths.map { "\(root.address(LinkResolver.fileURL(image.outputPath(width: $0, format: format)))) \($0)w" }.joined(separator: ", ")
    }
}
