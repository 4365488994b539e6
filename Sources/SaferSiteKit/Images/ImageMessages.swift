import Images

/// What the image steps say, in plain words.
enum ImageMessages {
    static func unreadable(_ path: String, _ problem: ImageError) -> String {
        switch problem.kind {
        case .unsupportedFormat: "\(path) is named as a JPEG, PNG or WebP picture but is not one"
        case .tooLarge(let width, let height): "\(path) is \(width) x \(height) pixels, more than SaferSite publishes (100 megapixels)"
        case .libraryMissing: "\(path) cannot be published: SaferSite makes pictures smaller with the picture library libvips, which is not installed on this computer (\(problem.detail))"
        case .notStarted: "the picture library libvips could not start, so \(path) cannot be published (\(problem.detail))"
        case .failed: "\(path) could not be read as a picture: it may be damaged or cut short" + (problem.detail.isEmpty ? "" : " (\(problem.detail))")
        }
    }

    static func unreadableHint(_ problem: ImageError) -> String {
        switch problem.kind {
        case .unsupportedFormat: "open it in a picture editor and save it again as JPEG (photos) or PNG (drawings, screenshots), keeping its name"
        case .tooLarge: "make it smaller in a picture editor: 3000 pixels wide is plenty for any page"
        case .libraryMissing: "install the Debian package libvips42 (sudo apt install libvips42) and build again"
        case .notStarted: "install libvips (sudo apt-get install libvips42) and build again"
        case .failed: "copy the picture again from where it came from, or open it in a picture editor and save it again"
        }
    }

    static func renditionClash(_ path: String, _ owner: String) -> String {
        "a smaller copy of this picture would be written to \(path), which \(owner) already takes"
    }

    static let renditionClashHint = "rename one of the two files: SaferSite publishes each picture also as NAME-480w.jpg, NAME-800w.jpg and NAME.webp beside it"

    static func shareCardClash(_ path: String, _ owner: String) -> String {
        "this picture's share card would be written to \(path), which \(owner) already takes"
    }

    static let shareCardClashHint = "rename one of the two files: SaferSite writes a picture's share card beside it as NAME-share.jpg"

    static func tooHeavy(_ path: String, kilobytes: Int, width: Int, budget: Int) -> String {
        "\(path) is still \(kilobytes) KB at its largest published width (\(width) pixels), over the \(budget) KB budget, so it is slow to load on a phone"
    }

    static func tooHeavyHint(_ path: String) -> String {
        if path.lowercased().hasSuffix(".png") {
            return "a photo saved as PNG is heavy: save it as JPEG instead (and change the link); or, if it must stay heavy, raise image_budget_kb in _site.yaml"
        }
        return "crop the picture to what matters: a tighter crop makes a lighter file; if it must stay heavy, raise image_budget_kb in _site.yaml"
    }

    static func shareImageMissing(_ path: String) -> String {
        "the share picture \(path) is not a JPEG, PNG or WebP file of the site"
    }

    static let shareImageMissingHint = "give the path of a .jpg, .png or .webp file under content/, relative to this file, e.g. image: photos/fun-day.jpg"

    static let shareImageAltMissing = "this share picture has no description for people who cannot see it"
    static let shareImageAltMissingHint = "add a line saying what it shows, e.g. image_alt: Children planting trees at the fun day"
    static let shareImageAltMissingSettingsHint = "add a line saying what it shows, e.g. share_image_alt: Volunteers outside the town hall"
}
