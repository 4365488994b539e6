import Diagnostics
import Foundation
import Images

/// The files of every image of `content/`: each published width in its own format and WebP, and
/// the share cards pages use, all upright and without metadata. Made on every core, one image per
/// core, through the store.
struct ImageFiles: Sendable {
    /// Where processed images are kept between builds.
    let store: ImageStore

    /// What the images came to.
    struct Made: Sendable {
        /// The files, in path order of their images.
        var files: [OutputFile] = []
        /// Bytes of each image's largest file in its own format (its `src`), by its path inside `content/`.
        var weights: [String: Int] = [:]
        /// Images libvips could not decode although their headers read (damaged or cut short).
        var diagnostics: [Diagnostic] = []
    }

    /// The files of `site`'s images.
    func make(for site: Site) -> Made {
        guard !site.images.images.isEmpty else { return Made() }
        let sources = Dictionary(site.assets.filter { $0.kind == .asset }.map { ($0.relativePath, $0) }, uniquingKeysWith: { a, _ in a })
        let cardImages = Set(site.shareImages.values.map(\.image.contentPath))
        let images = site.images.images.keys.sorted().compactMap { site.images[$0] }
        let results = ParallelMap.map(images.count, chunkSize: 1) { index -> Result<[OutputFile], ImageError> in
            let image = images[index]
            guard let source = sources[image.contentPath]?.data else { return .success([]) }
            let renditions = image.renditions
            var files: [OutputFile] = []
            // In the order of `renditions`: by format, then width.
            switch store.files(of: source, .widths(image.widths, formats: image.formats, quality: ImageRecipe.quality)) {
            case .success(let made):
                files = zip(renditions, made).map { OutputFile(path: $0.path, contents: .bytes(Data($1.bytes))) }
            case .failure(let problem): return .failure(problem)
            }
            if cardImages.contains(image.contentPath) {
                let card = ImageRecipe.card(width: image.shareCardSize.width, height: image.shareCardSize.height,
                                            format: image.shareCardFormat, quality: ImageRecipe.quality)
                switch store.files(of: source, card) {
                case .success(let made): files.append(OutputFile(path: image.shareCardPath, contents: .bytes(Data(made[0].bytes))))
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(files)
        }
        var made = Made()
        for (image, result) in zip(images, results) {
            switch result {
            case .success(let files):
                made.files += files
                made.weights[image.contentPath] = files.first { $0.path == image.contentPath }?.data.count
            case .failure(let problem):
                let file = sources[image.contentPath]?.path ?? image.contentPath
                made.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                                   ImageMessages.unreadable(image.contentPath, problem),
                                                   hint: ImageMessages.unreadableHint(problem), code: "image"))
            }
        }
        return made
    }
}
