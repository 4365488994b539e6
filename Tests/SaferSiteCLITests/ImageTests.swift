import Foundation
import Testing

/// Pictures through the real CLI: the fixture `image-site` holds a 2400 x 1600 JPEG taken on its
/// side (EXIF orientation 6) with GPS, camera, XMP and IPTC tags, a PNG with EXIF and XMP, a
/// decorative strip and an SVG (made with libvips and exiftool; see the fixture's README).
@Suite("Images")
struct ImageTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    /// A fresh copy of the fixture, its `content/_site.yaml` with `extraSettings` added.
    func site(extraSettings: String = "") throws -> URL {
        let root = try CLI.copyOfFixture("image-site")
        if !extraSettings.isEmpty {
            let settings = root.appendingPathComponent("content/_site.yaml")
            try (String(contentsOf: settings, encoding: .utf8) + extraSettings).write(to: settings, atomically: true, encoding: .utf8)
        }
        return root
    }

    func build(_ root: URL, output: String = "public") throws -> CLI.Result {
        try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent(output).path])
    }

    func text(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The libraries a run opened, as the dynamic loader reports them (LD_DEBUG=files: each one,
    /// linked or opened later with dlopen, on a line "file=NAME [0];  needed by ..." or "... dynamically loaded by ...").
    func loadedLibraries(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "file=") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != " " && $0 != "\t" })
        }
    }

    @Test("libvips is opened only for a site with pictures: a site without any never loads it, or libcurl")
    func libvipsOpenedOnlyForPictures() throws {
        let plain = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: plain.deletingLastPathComponent()) }
        let withoutPictures = try CLI.run(["build", "--source", plain.path, "--theme", theme, "--output", plain.appendingPathComponent("public").path],
                                          environment: ["LD_DEBUG": "files"])
        #expect(withoutPictures.status == 0, "\(withoutPictures.stderr)")
        let plainLibraries = loadedLibraries(withoutPictures.stderr)
        #expect(plainLibraries.contains { $0.hasPrefix("libxml2") }, "LD_DEBUG gave no list: \(withoutPictures.stderr.prefix(2000))")
        #expect(!plainLibraries.contains { $0.contains("vips") || $0.contains("curl") || $0.contains("glib") }, "\(plainLibraries)")

        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let withPictures = try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent("public").path],
                                       environment: ["LD_DEBUG": "files"])
        #expect(withPictures.status == 0, "\(withPictures.stderr.suffix(2000))")
        #expect(loadedLibraries(withPictures.stderr).contains("libvips.so.42"))
    }

    @Test("without libvips, a site with pictures fails with one finding naming the first and the package to install; the previous output stays")
    func libvipsNotInstalled() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        #expect(try build(root).status == 0)
        let before = CLI.tree(root.appendingPathComponent("public"))
        // SAFERSITE_LIBVIPS names the file the shim opens instead of libvips.so.42: as on a computer without libvips42.
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent("public").path],
                                 environment: ["SAFERSITE_LIBVIPS": "/nonexistent/libvips.so.42"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/photos/border.jpg:1:1: error: photos/border.jpg cannot be published: SaferSite makes pictures smaller with the picture library libvips, which is not installed on this computer (/nonexistent/libvips.so.42: cannot open shared object file"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: install the Debian package libvips42 (sudo apt install libvips42) and build again"), "\(result.stderr)")
        // One finding: not one per picture, nor one for each share picture naming a picture not read.
        #expect(result.stderr.components(separatedBy: "error:").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Build failed: 1 error"), "\(result.stderr)")
        #expect(CLI.tree(root.appendingPathComponent("public")) == before)
    }

    @Test("every picture gets srcset, sizes, width and height, WebP beside it, and lazy loading after the first")
    func pictureMarkup() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("0 warnings"), "\(result.stderr)")
        let html = try text(root, "public/index.html")
        // The photo taken on its side is upright: 1600 wide (the largest step), 2400 high.
        #expect(html.contains("<img src=\"/photos/sideways.jpg\" srcset=\"/photos/sideways-480w.jpg 480w, /photos/sideways-800w.jpg 800w, /photos/sideways-1200w.jpg 1200w, /photos/sideways.jpg 1600w\" sizes=\"(min-width: 44rem) 42rem, calc(100vw - 2rem)\" width=\"1600\" height=\"2400\" alt=\"Volunteers planting trees at the fun day\">"), "\(html)")
        #expect(html.contains("<source type=\"image/webp\" srcset=\"/photos/sideways-480w.webp 480w, /photos/sideways-800w.webp 800w, /photos/sideways-1200w.webp 1200w, /photos/sideways.webp 1600w\""))
        // Never enlarged: the 900-pixel PNG stops at its own width.
        #expect(html.contains("srcset=\"/photos/leaflet-480w.png 480w, /photos/leaflet-800w.png 800w, /photos/leaflet.png 900w\""), "\(html)")
        #expect(html.contains("width=\"900\" height=\"600\" alt=\"The leaflet’s cover\" loading=\"lazy\" decoding=\"async\">"), "\(html)")
        // The first picture loads at once.
        let first = try #require(html.range(of: "<img src=\"/photos/sideways.jpg\""))
        let firstTag = html[first.lowerBound...].prefix { $0 != ">" }
        #expect(!firstTag.contains("loading="))
        // A title on an image alone in its paragraph is its caption.
        #expect(html.contains("<figure class=\"picture\"><picture>"))
        #expect(html.contains("</picture><figcaption>Volunteers at the spring fun day</figcaption></figure>"))
        // Decorative: empty alt text and no title.
        #expect(html.contains("width=\"600\" height=\"20\" alt=\"\" loading=\"lazy\" decoding=\"async\">"), "\(html)")
        #expect(!html.contains("title=\"decorative\""))
        // SVG is published as it is.
        #expect(html.contains("<img src=\"/photos/map.svg\" alt=\"Map of the district\">"))
        #expect(try Data(contentsOf: root.appendingPathComponent("public/photos/map.svg"))
            == Data(contentsOf: root.appendingPathComponent("content/photos/map.svg")))
        let published = Set(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("public/photos").path))
        #expect(published == ["sideways.jpg", "sideways-480w.jpg", "sideways-800w.jpg", "sideways-1200w.jpg",
                              "sideways.webp", "sideways-480w.webp", "sideways-800w.webp", "sideways-1200w.webp", "sideways-share.jpg",
                              "leaflet.png", "leaflet-480w.png", "leaflet-800w.png", "leaflet.webp", "leaflet-480w.webp", "leaflet-800w.webp",
                              "leaflet-share.jpg", "border.jpg", "border-480w.jpg", "border.webp", "border-480w.webp", "map.svg"])
    }

    @Test("under a base URL with a path, every picture address and the share card start with it")
    func picturesUnderAPath() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent("public").path,
                                  "--base-url", "https://www.example.gov.uk/safer/"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try text(root, "public/index.html")
        #expect(html.contains("<img src=\"/safer/photos/sideways.jpg\" srcset=\"/safer/photos/sideways-480w.jpg 480w, /safer/photos/sideways-800w.jpg 800w, /safer/photos/sideways-1200w.jpg 1200w, /safer/photos/sideways.jpg 1600w\""), "\(html)")
        #expect(html.contains("<source type=\"image/webp\" srcset=\"/safer/photos/sideways-480w.webp 480w,"))
        #expect(html.contains("<img src=\"/safer/photos/map.svg\" alt=\"Map of the district\">"), "\(html)")
        #expect(html.contains("<meta property=\"og:image\" content=\"https://www.example.gov.uk/safer/photos/sideways-share.jpg\">"), "\(html)")
        // The files themselves are still at the root of the output folder.
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/photos/sideways-480w.webp").path))
    }

    @Test("no published picture carries EXIF, XMP, IPTC or GPS, and the sideways photo is stored upright")
    func metadataStripped() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        // The scanner finds what the sources carry, so finding nothing below means something.
        let source = try Data(contentsOf: root.appendingPathComponent("content/photos/sideways.jpg"))
        #expect(Set(MetadataScan.blocks(in: source)).isSuperset(of: ["EXIF", "XMP", "IPTC"]))
        #expect(source.range(of: Data("LeakyCamera".utf8)) != nil)
        #expect(MetadataScan.jpegSize(source)! == (2400, 1600))
        #expect(MetadataScan.blocks(in: try Data(contentsOf: root.appendingPathComponent("content/photos/leaflet.png"))).contains("XMP"))

        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        let photos = root.appendingPathComponent("public/photos")
        var scanned = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: photos.path) where !name.hasSuffix(".svg") {
            let data = try Data(contentsOf: photos.appendingPathComponent(name))
            #expect(MetadataScan.blocks(in: data) == [], "\(name) carries metadata")
            for marker in ["LeakyCamera", "Leaky Phone", "Leaky Author", "leakykeyword", "GPS"] {
                #expect(data.range(of: Data(marker.utf8)) == nil, "\(name) holds \(marker)")
            }
            scanned += 1
        }
        #expect(scanned == 20)
        // Upright in its pixels, with no orientation tag left to turn it.
        #expect(MetadataScan.jpegSize(try Data(contentsOf: photos.appendingPathComponent("sideways.jpg")))! == (1600, 2400))
        #expect(MetadataScan.jpegSize(try Data(contentsOf: photos.appendingPathComponent("sideways-480w.jpg")))! == (480, 720))
        #expect(MetadataScan.jpegSize(try Data(contentsOf: photos.appendingPathComponent("sideways-share.jpg")))! == (1200, 630))
    }

    @Test("share cards: og:image at its absolute address, its size and description, and twitter:card; the settings' default elsewhere")
    func shareCards() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        let home = try text(root, "public/index.html")
        #expect(home.contains("<meta property=\"og:image\" content=\"https://www.example.gov.uk/photos/sideways-share.jpg\">\n<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">\n<meta property=\"og:image:alt\" content=\"Volunteers at the fun day\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">"), "\(home)")
        // The 900 x 600 leaflet is cropped to the card's shape at its own scale, never enlarged.
        let about = try text(root, "public/about/index.html")
        #expect(about.contains("<meta property=\"og:image\" content=\"https://www.example.gov.uk/photos/leaflet-share.jpg\">\n<meta property=\"og:image:width\" content=\"900\">\n<meta property=\"og:image:height\" content=\"472\">\n<meta property=\"og:image:alt\" content=\"The partnership&#39;s leaflet\">"), "\(about)")
        #expect(MetadataScan.jpegSize(try Data(contentsOf: root.appendingPathComponent("public/photos/leaflet-share.jpg")))! == (900, 472))
    }

    @Test("a share picture without a description, or naming no picture, is an error at its line")
    func shareCardMistakes() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let page = root.appendingPathComponent("content/about.md")
        try "---\ntitle: About\nsummary: About us.\nreview_by: 2030-01-01\nimage: photos/leaflet.png\n---\nHi.\n".write(to: page, atomically: true, encoding: .utf8)
        try "---\ntitle: News\nsummary: News.\nreview_by: 2030-01-01\nimage: photos/missing.jpg\nimage_alt: Nothing\n---\nHi.\n"
            .write(to: root.appendingPathComponent("content/news.md"), atomically: true, encoding: .utf8)
        let result = try build(root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("content/about.md:5:8: error: this share picture has no description for people who cannot see it"), "\(result.stderr)")
        #expect(result.stderr.contains("image_alt: "))
        #expect(result.stderr.contains("content/news.md:5:8: error: the share picture photos/missing.jpg is not a JPEG, PNG or WebP file of the site"), "\(result.stderr)")
    }

    @Test("a picture heavier than image_budget_kb at its largest width is a warning naming the file and the page")
    func weightBudget() throws {
        let root = try site(extraSettings: "image_budget_kb: 25\n")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        // The 69 KB photo and the 30 KB PNG are over 25 KB; the 1 KB strip is not.
        #expect(result.stderr.contains("content/index.md:10:1: warning: photos/sideways.jpg is still"), "\(result.stderr)")
        #expect(result.stderr.contains("at its largest published width (1600 pixels), over the 25 KB budget"))
        #expect(result.stderr.contains("content/index.md:12:14: warning: photos/leaflet.png is still"), "\(result.stderr)")
        #expect(result.stderr.contains("save it as JPEG instead"))
        #expect(!result.stderr.contains("border.jpg"))
        #expect(result.stderr.contains("2 warnings"), "\(result.stderr)")
    }

    @Test("the same source gives the same bytes, from libvips or from the store")
    func deterministic() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        #expect(try build(root, output: "first").status == 0)
        try FileManager.default.removeItem(at: root.appendingPathComponent(".safersite-cache"))
        #expect(try build(root, output: "second").status == 0)
        #expect(try build(root, output: "third").status == 0)
        let first = CLI.tree(root.appendingPathComponent("first")).filter { !$0.key.hasPrefix(".safersite-output") }
        let second = CLI.tree(root.appendingPathComponent("second")).filter { !$0.key.hasPrefix(".safersite-output") }
        let third = CLI.tree(root.appendingPathComponent("third")).filter { !$0.key.hasPrefix(".safersite-output") }
        #expect(first.count == 30)
        #expect(first == second)
        #expect(second == third)
    }

    @Test("a damaged or foreign entry of the store is ignored and made again")
    func damagedStoreEntry() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        #expect(try build(root, output: "first").status == 0)
        let store = root.appendingPathComponent(".safersite-cache/images")
        let entries = try FileManager.default.contentsOfDirectory(atPath: store.path).sorted()
        // One entry for each picture's widths, one for each share card.
        #expect(entries.count == 5, "\(entries)")
        #expect(entries.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        let originals = try entries.map { try Data(contentsOf: store.appendingPathComponent($0)) }
        // One flipped byte near the end (inside a picture), one entry holding another's contents,
        // one cut short.
        var damaged = originals[0]
        damaged[damaged.count - 10] ^= 0xFF
        try damaged.write(to: store.appendingPathComponent(entries[0]))
        try originals[2].write(to: store.appendingPathComponent(entries[1]))
        try originals[3].prefix(originals[3].count / 2).write(to: store.appendingPathComponent(entries[3]))
        // A sound entry is read, not made again: a made entry is a new file renamed into place.
        func fileNumber(_ name: String) throws -> Int? {
            try FileManager.default.attributesOfItem(atPath: store.appendingPathComponent(name).path)[.systemFileNumber] as? Int
        }
        let numbers = try entries.map(fileNumber)

        #expect(try build(root, output: "second").status == 0)
        let after = try entries.map(fileNumber)
        #expect([0, 1, 3].allSatisfy { after[$0] != numbers[$0] }, "the damaged entries were not made again")
        #expect([2, 4].allSatisfy { after[$0] == numbers[$0] }, "a sound entry was made again rather than read")
        let first = CLI.tree(root.appendingPathComponent("first")).filter { !$0.key.hasPrefix(".safersite-output") }
        let second = CLI.tree(root.appendingPathComponent("second")).filter { !$0.key.hasPrefix(".safersite-output") }
        #expect(first == second)
        for (name, original) in zip(entries, originals) {
            #expect(try Data(contentsOf: store.appendingPathComponent(name)) == original, "\(name) was not made again")
        }
    }

    @Test("a file at the path of another picture's smaller copy is an error naming both")
    func renditionClash() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: root.appendingPathComponent("content/photos/border.jpg"),
                                         to: root.appendingPathComponent("content/photos/leaflet-480w.png"))
        let result = try build(root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("content/photos/leaflet.png:1:1: error: a smaller copy of this picture would be written to photos/leaflet-480w.png, which content/photos/leaflet-480w.png already takes"), "\(result.stderr)")
    }

    @Test("an SVG or another site's image before a page's first picture does not make that picture wait")
    func firstPictureAfterAnSVG() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try """
            ---
            title: Map first
            summary: The district's map, then a photo.
            ---

            ![Map of the district](photos/map.svg)

            ![Volunteers planting trees at the fun day](photos/sideways.jpg)

            ![The leaflet's cover](photos/leaflet.png)
            """.write(to: root.appendingPathComponent("content/map-first.md"), atomically: true, encoding: .utf8)
        let result = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try text(root, "public/map-first/index.html")
        let photo = try #require(html.range(of: "<img src=\"/photos/sideways.jpg\""))
        #expect(!html[photo.lowerBound...].prefix { $0 != ">" }.contains("loading="), "\(html)")
        let leaflet = try #require(html.range(of: "<img src=\"/photos/leaflet.png\""))
        #expect(html[leaflet.lowerBound...].prefix { $0 != ">" }.contains("loading=\"lazy\""), "\(html)")
    }

    @Test("a file where a share card would be written is an error naming both, and nothing is written over it")
    func shareCardClash() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        // The settings' share picture is photos/leaflet.png: its card would be photos/leaflet-share.jpg.
        try FileManager.default.copyItem(at: root.appendingPathComponent("content/photos/border.jpg"),
                                         to: root.appendingPathComponent("content/photos/leaflet-share.jpg"))
        let result = try build(root)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("error: this picture's share card would be written to photos/leaflet-share.jpg, which content/photos/leaflet-share.jpg already takes"),
                "\(result.stderr)")
        #expect(result.stderr.contains("hint: rename one of the two files"))
    }

    @Test("a file named .jpg that is not a picture is an error naming it, and nothing is written")
    func notAPicture() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Data("<html>not a photo</html>".utf8).write(to: root.appendingPathComponent("content/photos/fake.jpg"))
        let result = try build(root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("content/photos/fake.jpg:1:1: error: photos/fake.jpg is named as a JPEG, PNG or WebP picture but is not one"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }
}

/// Reads the metadata blocks of JPEG, PNG and WebP files by walking their structure.
enum MetadataScan {
    /// The kinds of metadata a file holds: `EXIF`, `XMP`, `IPTC`, `ICC`, `TEXT` (PNG text chunks).
    static func blocks(in data: Data) -> [String] {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xD8]) { return jpegBlocks(bytes) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return pngBlocks(bytes) }
        if bytes.starts(with: Array("RIFF".utf8)), bytes.count > 12, Array(bytes[8..<12]) == Array("WEBP".utf8) { return webpBlocks(bytes) }
        return ["UNKNOWN FORMAT"]
    }

    /// A JPEG's width and height from its frame header.
    static func jpegSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        var index = 2
        while index + 9 < bytes.count, bytes[index] == 0xFF {
            let marker = bytes[index + 1]
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            if [0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF].contains(marker) {
                let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
                let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
                return (width, height)
            }
            index += 2 + length
        }
        return nil
    }

    static func jpegBlocks(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var index = 2
        while index + 4 <= bytes.count, bytes[index] == 0xFF, bytes[index + 1] != 0xDA {
            let marker = bytes[index + 1]
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let body = bytes[(index + 4)..<min(bytes.count, index + 2 + length)]
            switch marker {
            case 0xE1: found.append(body.starts(with: Array("Exif".utf8)) ? "EXIF" : "XMP")
            case 0xE2: found.append("ICC")
            case 0xED: found.append("IPTC")
            case 0xFE: found.append("TEXT")
            case 0xE3...0xEF: found.append("APP\(marker - 0xE0)")
            default: break
            }
            index += 2 + length
        }
        return found
    }

    static func pngBlocks(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var index = 8
        while index + 8 <= bytes.count {
            let length = bytes[index..<index + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(index + 4)..<(index + 8)], as: UTF8.self)
            switch type {
            case "eXIf": found.append("EXIF")
            case "iCCP": found.append("ICC")
            case "tEXt", "zTXt": found.append("TEXT")
            case "iTXt": found.append(String(decoding: bytes[(index + 8)..<min(bytes.count, index + 8 + 17)], as: UTF8.self).hasPrefix("XML:com.adobe.xmp") ? "XMP" : "TEXT")
            case "tIME": found.append("TIME")
            default: break
            }
            index += 12 + length
        }
        return found
    }

    static func webpBlocks(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var index = 12
        while index + 8 <= bytes.count {
            let type = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
            let length = bytes[(index + 4)..<(index + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
            switch type {
            case "EXIF": found.append("EXIF")
            case "XMP ": found.append("XMP")
            case "ICCP": found.append("ICC")
            default: break
            }
            index += 8 + length + (length & 1)
        }
        return found
    }
}
