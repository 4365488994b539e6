@testable import Diagnostics
import Images
@testable import SaferSiteKit
import Testing

/// Pictures in a body through the real cmark-gfm: the catalog says each picture's size, as the
/// assemble stage's probe would.
@Suite("Pictures in Markdown")
struct PictureRenderingTests {
    let links = LinkResolver(pageURLs: ["index.md": "/"], assetPaths: ["photo.jpg", "map.svg"])

    func render(_ markdown: String) -> RenderedMarkdown {
        var images = ImageCatalog()
        images.images["photo.jpg"] = PublishedImage(contentPath: "photo.jpg",
                                                    header: ImageHeader(format: .jpeg, width: 1000, height: 500, hasAlpha: false))
        return MarkdownRenderer().render(markdown, file: "content/index.md", firstLine: 1, folder: "", links: links, images: images) { _ in
            .success("")
        }
    }

    @Test("a heading or table cell holding a picture takes its words, alt text included, as it did before pictures became HTML")
    func headingWords() {
        let rendered = render("## Our ![crest](photo.jpg) team\n\n| ![key](photo.jpg) | b |\n| --- | --- |\n| 1 | 2 |\n")
        #expect(rendered.headings.map(\.id) == ["our-crest-team"])
        #expect(rendered.tables.first?.headerCells == ["key", "b"])
        #expect(rendered.html.contains("<h2 id=\"our-crest-team\">\nOur <picture>"), "\(rendered.html)")
        // A table cell holds only what cmark-gfm's table extension allows: the picture stays an <img>.
        #expect(rendered.html.contains("<th><img src=\"/photo.jpg\" alt=\"key\" /></th>"), "\(rendered.html)")
    }

    @Test("widths stop at the picture's own; the first picture loads at once, the next lazily; an SVG is left as written")
    func widthsAndLoading() {
        let html = render("![One](photo.jpg)\n\n![Two](photo.jpg)\n\n![Map](map.svg \"A title\") inline\n").html
        #expect(html.contains("srcset=\"/photo-480w.jpg 480w, /photo-800w.jpg 800w, /photo.jpg 1000w\""), "\(html)")
        #expect(html.contains("width=\"1000\" height=\"500\" alt=\"One\">"))
        #expect(html.contains("width=\"1000\" height=\"500\" alt=\"Two\" loading=\"lazy\" decoding=\"async\">"))
        #expect(html.contains("<img src=\"/map.svg\" alt=\"Map\" title=\"A title\" />"), "\(html)")
    }

    @Test("a decorative picture, processed or not, has empty alt text and no title")
    func decorative() {
        let html = render("![](photo.jpg \"decorative\") and ![](map.svg \"Decorative\")\n").html
        #expect(html.contains("width=\"1000\" height=\"500\" alt=\"\">"), "\(html)")
        #expect(html.contains("<img src=\"/map.svg\" alt=\"\">"), "\(html)")
        #expect(!html.lowercased().contains("title="))
    }
}
