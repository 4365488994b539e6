import Diagnostics
import Foundation
import Images

/// Every JPEG, PNG and WebP image of `content/`, with its header, read without decoding pixels.
///
/// Made in the assemble stage, so the Markdown stage knows each image's size for `width`,
/// `height` and `srcset`; the services stage makes the files.
package struct ImageCatalog: Sendable {
    /// The images by their path inside `content/`.
    package var images: [String: PublishedImage] = [:]

    /// The pictures not read because libvips is not installed (one finding says so): a share
    /// picture naming one gets no second finding.
    package var withoutLibvips: Set<String> = []

    /// Every output path the content folder's files and the pictures' smaller copies take, with
    /// the file that takes it (`content/team-share.jpg`): a share card may not be written over one.
    var takenPaths: [String: String] = [:]

    /// An empty catalog.
    package init() {}

    /// The image at a path inside `content/`.
    package subscript(contentPath: String) -> PublishedImage? { images[contentPath] }

    /// The raster images among `assets` (the content folder's files), and a finding for each one
    /// libvips cannot read or whose files would take another file's place.
    static func probe(_ assets: [SourceFile]) -> (ImageCatalog, [Diagnostic]) {
        // Files in content/static/ are published as they are, so they are not resized.
        let candidates = assets.filter { $0.kind == .asset && !StaticFiles.isInContentStatic($0.relativePath) && ImageFormat(fileName: $0.path) != nil }
        let headers = ParallelMap.map(candidates.count, chunkSize: 4) { index in
            Result { () throws(ImageError) in try ImageCodec.header(of: candidates[index].data) }
        }
        var catalog = ImageCatalog()
        var diagnostics: [Diagnostic] = []
        var libraryMissingReported = false
        // Every output path taken so far: the site's own files first, then each image's renditions.
        var taken = Dictionary(assets.filter { $0.kind == .asset }.map { ($0.outputPath, $0.path) }, uniquingKeysWith: { a, _ in a })
        for (file, header) in zip(candidates, headers) {
            switch header {
            case .failure(let problem) where problem.kind == .libraryMissing:
                // Every picture fails alike when libvips is not installed: one finding, naming the first.
                if !libraryMissingReported {
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file.path, line: 1, column: 1),
                                                  ImageMessages.unreadable(file.relativePath, problem), hint: ImageMessages.unreadableHint(problem),
                                                  code: "image"))
                }
                libraryMissingReported = true
                catalog.withoutLibvips.insert(file.relativePath)
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file.path, line: 1, column: 1),
                                              ImageMessages.unreadable(file.relativePath, problem), hint: ImageMessages.unreadableHint(problem),
                                              code: "image"))
            case .success(let header):
                let image = PublishedImage(contentPath: file.relativePath, header: header)
                let clash = image.renditions.first { $0.path != image.contentPath && taken[$0.path] != nil }
                if let clash {
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file.path, line: 1, column: 1),
                                                  ImageMessages.renditionClash(clash.path, taken[clash.path]!),
                                                  hint: ImageMessages.renditionClashHint, code: "image"))
                    continue
                }
                for rendition in image.renditions { taken[rendition.path] = file.path }
                catalog.images[image.contentPath] = image
            }
        }
        catalog.takenPaths = taken
        return (catalog, diagnostics)
    }
}

/// A page's share card: the image and what it shows.
package struct ShareImage: Sendable, Hashable {
    /// The image.
    package var image: PublishedImage
    /// What it shows.
    package var alt: String
}

extension ImageCatalog {
    /// The image a share picture's path names: relative to `folder` (inside `content/`), or to
    /// `content/` when it starts with `/`.
    func image(named path: String, fromFolder folder: String) -> PublishedImage? {
        contentPath(named: path, fromFolder: folder).flatMap { images[$0] }
    }

    /// The path inside `content/` that a share picture's path names, nil when it leaves `content/`.
    private func contentPath(named path: String, fromFolder folder: String) -> String? {
        var parts = path.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Every page's share card (`image:`, else the settings' `share_image:`), by page index, and
    /// a finding for each path naming no image and each picture without a description.
    func shareImages(_ site: Site) -> ([Int: ShareImage], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func resolve(_ request: ShareImageRequest, folder: String, settings: Bool) -> ShareImage? {
            guard let image = image(named: request.path.trimmed(), fromFolder: folder) else {
                if let path = contentPath(named: request.path.trimmed(), fromFolder: folder), withoutLibvips.contains(path) { return nil }
                diagnostics.append(Diagnostic(.error, at: request.location, ImageMessages.shareImageMissing(request.path),
                                              hint: ImageMessages.shareImageMissingHint, code: "image"))
                return nil
            }
            guard let alt = request.alt?.trimmed(), !alt.isEmpty else {
                diagnostics.append(Diagnostic(.error, at: request.location, ImageMessages.shareImageAltMissing,
                                              hint: settings ? ImageMessages.shareImageAltMissingSettingsHint : ImageMessages.shareImageAltMissingHint,
                                              code: "missing-alt"))
                return nil
            }
            // The card is written beside its picture (NAME-share.jpg), where another file may be.
            if let owner = takenPaths[image.shareCardPath] {
                diagnostics.append(Diagnostic(.error, at: request.location, ImageMessages.shareCardClash(image.shareCardPath, owner),
                                              hint: ImageMessages.shareCardClashHint, code: "image"))
                return nil
            }
            return ShareImage(image: image, alt: alt)
        }
        var fallbackRequest = site.settings.shareImage
        fallbackRequest?.alt = site.settings.shareImageAlt
        let fallback = fallbackRequest.flatMap { resolve($0, folder: "", settings: true) }
        var cards: [Int: ShareImage] = [:]
        for index in site.pages.indices {
            if let request = site.pages[index].meta.shareImage {
                cards[index] = resolve(request, folder: site.pages[index].contentFolder, settings: false)
            } else if let fallback {
                cards[index] = fallback
            }
        }
        return (cards, diagnostics)
    }
}
