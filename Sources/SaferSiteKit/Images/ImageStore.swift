import Foundation
import Images

/// Processed images kept between builds, so an unchanged photo is not decoded and encoded again.
///
/// Content-addressed: an entry's name is the SHA-256 of the source image's bytes and of everything
/// that decides the output (each rendition's width, crop, format and quality, libvips' version,
/// this format's version). An entry holds its own name and the SHA-256 of every file in it, and is
/// used only when all of them check out; a damaged, cut-short or foreign entry is ignored and
/// made again. Writing an entry that fails (a read-only folder, a full disk) only costs the next
/// build the time: the store is never needed for a correct build.
package struct ImageStore: Sendable {
    /// The store's folder (`.safersite-cache/images` in the site's folder), or nil to keep nothing.
    package var folder: URL?

    /// A store in `folder`, or none.
    package init(folder: URL?) {
        self.folder = folder
    }

    /// The store of the site in `source`: `source/.safersite-cache/images`, a folder git ignores.
    package static func inSite(_ source: URL) -> ImageStore {
        ImageStore(folder: source.appendingPathComponent(".safersite-cache/images", isDirectory: true))
    }

    /// The first line of every entry: a file that does not start with it is not one.
    static let signature = "safersite image store 1"

    /// The files `recipe` makes of the image `source`: from the store when it holds them, else
    /// made with libvips and stored.
    func files(of source: Data, _ recipe: ImageRecipe) -> Result<[EncodedImage], ImageError> {
        let key = Self.key(source, recipe)
        if let folder, let stored = Self.read(folder.appendingPathComponent(key), key: key, count: recipe.count) {
            return .success(stored)
        }
        let made: Result<[EncodedImage], ImageError> = Result { () throws(ImageError) in try recipe.make(from: source) }
        if let folder, case .success(let images) = made { Self.write(images, key: key, in: folder) }
        return made
    }

    /// The entry's name: SHA-256 of the source's SHA-256 and the recipe.
    static func key(_ source: Data, _ recipe: ImageRecipe) -> String {
        let described = [signature, "libvips \(ImageCodec.libraryVersion)", ImageCodec.sha256(source), recipe.description].joined(separator: "\n")
        return ImageCodec.sha256(Data(described.utf8))
    }

    /// The entry at `url` when it is whole and is the entry `key` of `count` images.
    static func read(_ url: URL, key: String, count: Int) -> [EncodedImage]? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        var lines: [Substring] = []
        var offset = data.startIndex
        // The text head: signature, key, then one line per image.
        while lines.count < count + 2, let newline = data[offset...].firstIndex(of: 0x0A) {
            lines.append(Substring(String(decoding: data[offset..<newline], as: UTF8.self)))
            offset = newline + 1
        }
        guard lines.count == count + 2, lines[0] == signature, lines[1] == "key \(key)" else { return nil }
        var images: [EncodedImage] = []
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: " ")
            guard fields.count == 4, let width = Int(fields[0]), let height = Int(fields[1]), let length = Int(fields[2]),
                  length >= 0, data.endIndex - offset >= length else { return nil }
            let bytes = data[offset..<offset + length]
            guard ImageCodec.sha256(bytes) == fields[3] else { return nil }
            images.append(EncodedImage(bytes: Array(bytes), width: width, height: height))
            offset += length
        }
        return offset == data.endIndex ? images : nil
    }

    /// Writes an entry whole or not at all: to a file of its own, renamed into place.
    static func write(_ images: [EncodedImage], key: String, in folder: URL) {
        var entry = Data("\(signature)\nkey \(key)\n".utf8)
        for image in images {
            entry.append(contentsOf: "\(image.width) \(image.height) \(image.bytes.count) \(ImageCodec.sha256(image.bytes))\n".utf8)
        }
        for image in images { entry.append(contentsOf: image.bytes) }
        let temporary = folder.appendingPathComponent(".\(key).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try entry.write(to: temporary)
            if rename(temporary.path, folder.appendingPathComponent(key).path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}

/// What is made of an image: its published widths in each format, or a share card.
enum ImageRecipe: Sendable, Hashable, CustomStringConvertible {
    /// Each width (ascending, never enlarged) in each format, by format then width.
    case widths([Int], formats: [ImageFormat], quality: Int)
    /// Cropped from the centre to `width` x `height`.
    case card(width: Int, height: Int, format: ImageFormat, quality: Int)

    /// JPEG and WebP quality: 80 keeps photos free of visible blocks at a fraction of a camera's size.
    static let quality = 80

    /// How many files it makes.
    var count: Int {
        switch self {
        case .widths(let widths, let formats, _): widths.count * formats.count
        case .card: 1
        }
    }

    var description: String {
        switch self {
        case .widths(let widths, let formats, let quality):
            "widths \(widths.map(String.init).joined(separator: ",")) in \(formats.map(\.rawValue).joined(separator: ",")) q\(quality)"
        case .card(let width, let height, let format, let quality): "card \(width)x\(height) \(format.rawValue) q\(quality)"
        }
    }

    func make(from source: Data) throws(ImageError) -> [EncodedImage] {
        switch self {
        case .widths(let widths, let formats, let quality):
            try ImageCodec.resized(source, toWidths: widths, as: formats, quality: quality)
        case .card(let width, let height, let format, let quality):
            [try ImageCodec.cropped(source, toWidth: width, height: height, as: format, quality: quality)]
        }
    }
}
