import CVipsShims
import Foundation

/// Reads, resizes and encodes images with libvips.
///
/// This is the only file that talks to libvips (through `CVipsShims`, since its calls take
/// variadic options, and which opens libvips on first use): C pointers never leave it. It knows
/// nothing of pages or sites.
///
/// libvips is thread-safe: each call may run on any thread. It starts once per process with one
/// worker thread per operation, so a build that processes one image per core at once uses each
/// core once, and decodes in strips (shrinking a JPEG while it is decoded) rather than holding
/// whole photos in memory.
package enum ImageCodec {
    /// The most pixels an image may have (100 megapixels, more than any phone camera): a larger
    /// one is refused before its pixels are decoded.
    package static let maximumPixels = 100_000_000

    /// libvips' version, part of the key of every processed image kept between builds.
    package static var libraryVersion: String {
        _ = started
        return String(cString: safersite_vips_version())
    }

    /// The header of an image, without decoding its pixels. Throws for anything but a JPEG,
    /// PNG or WebP image, or one over `maximumPixels`.
    package static func header(of bytes: Data) throws(ImageError) -> ImageHeader {
        try started.get()
        var loader = [CChar](repeating: 0, count: 64)
        var width: Int32 = 0, height: Int32 = 0, hasAlpha: Int32 = 0
        let status = bytes.withUnsafeBytes { raw in
            safersite_vips_probe(raw.baseAddress, raw.count, &loader, loader.count, &width, &height, &hasAlpha)
        }
        let loaderName = String(decoding: loader.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if status != 0 {
            let detail = takeError()
            throw ImageError(loaderName.isEmpty ? .unsupportedFormat : .failed, detail: detail)
        }
        guard let format = ImageFormat(loader: loaderName) else { throw ImageError(.unsupportedFormat, detail: loaderName) }
        guard Int(width) * Int(height) <= maximumPixels else { throw ImageError(.tooLarge(width: Int(width), height: Int(height))) }
        return ImageHeader(format: format, width: Int(width), height: Int(height), hasAlpha: hasAlpha != 0)
    }

    /// The image upright, at each of `widths` (ascending; a width wider than the image gives the
    /// image's own width: never enlarged), in sRGB, encoded in each of `formats` at `quality`
    /// (1 to 100; PNG ignores it) with no metadata: no EXIF, XMP, IPTC, GPS position or colour
    /// profile. Decoded once. The results are by format, then width: `formats[f]` at `widths[w]`
    /// is at `f * widths.count + w`.
    package static func resized(_ bytes: Data, toWidths widths: [Int], as formats: [ImageFormat], quality: Int) throws(ImageError) -> [EncodedImage] {
        _ = try header(of: bytes)
        let count = widths.count * formats.count
        guard count > 0 else { return [] }
        var outs = [UnsafeMutableRawPointer?](repeating: nil, count: count)
        var lengths = [Int](repeating: 0, count: count)
        var outWidths = [Int32](repeating: 0, count: count), outHeights = [Int32](repeating: 0, count: count)
        let widthCodes = widths.map { Int32($0) }, formatCodes = formats.map(code)
        let status = bytes.withUnsafeBytes { raw in
            safersite_vips_render_widths(raw.baseAddress, raw.count, widthCodes, Int32(widths.count), formatCodes, Int32(formats.count),
                                         Int32(quality), &outs, &lengths, &outWidths, &outHeights)
        }
        defer { for out in outs { safersite_vips_free(out) } }
        guard status == 0 else { throw ImageError(.failed, detail: takeError()) }
        return (0..<count).map { index in
            EncodedImage(bytes: Array(UnsafeRawBufferPointer(start: outs[index], count: lengths[index])),
                         width: Int(outWidths[index]), height: Int(outHeights[index]))
        }
    }

    /// The image upright, shrunk and cropped from the centre to fill `width` x `height` (a share
    /// card's 1200 x 630). Never enlarged: a box larger than the image is cropped to the image's
    /// size, so a caller wanting the box's shape gives one that fits. Encoded as `resized` does.
    package static func cropped(_ bytes: Data, toWidth width: Int, height: Int, as format: ImageFormat, quality: Int) throws(ImageError) -> EncodedImage {
        _ = try header(of: bytes)
        return try render(bytes, width: width, height: height, crop: true, format: format, quality: quality)
    }

    /// SHA-256 of bytes as 64 lower-case hex digits (GLib's, which comes with libvips). Only for
    /// images `header(of:)` read: libvips is then installed.
    package static func sha256(_ bytes: some ContiguousBytes) -> String {
        var hex = [CChar](repeating: 0, count: 65)
        let status = bytes.withUnsafeBytes { raw in safersite_sha256_hex(raw.baseAddress, raw.count, &hex) }
        precondition(status == 0, "SHA-256 asked for without libvips: \(String(cString: safersite_vips_load_failure()))")
        return String(decoding: hex.prefix(64).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: - libvips

    /// Opened and started on first use, once for the process: a site without pictures never
    /// loads libvips (see Sources/CVipsShims).
    private static let started: Result<Void, ImageError> = {
        // One thread per operation: the build runs one image per core, and more threads per
        // image would only compete with the others for the same cores.
        if safersite_vips_start(1) == 0 { return .success(()) }
        if let failure = safersite_vips_load_failure() { return .failure(ImageError(.libraryMissing, detail: String(cString: failure))) }
        return .failure(ImageError(.notStarted, detail: takeError()))
    }()

    private static func render(_ bytes: Data, width: Int, height: Int, crop: Bool, format: ImageFormat, quality: Int) throws(ImageError) -> EncodedImage {
        var out: UnsafeMutableRawPointer?
        var length = 0
        var outWidth: Int32 = 0, outHeight: Int32 = 0
        let status = bytes.withUnsafeBytes { raw in
            safersite_vips_render(raw.baseAddress, raw.count, Int32(width), Int32(height), crop ? 1 : 0, code(format), Int32(quality),
                                  &out, &length, &outWidth, &outHeight)
        }
        defer { safersite_vips_free(out) }
        guard status == 0, let out else { throw ImageError(.failed, detail: takeError()) }
        let encoded = Array(UnsafeRawBufferPointer(start: out, count: length))
        return EncodedImage(bytes: encoded, width: Int(outWidth), height: Int(outHeight))
    }

    /// The shim's number for a format.
    private static func code(_ format: ImageFormat) -> Int32 {
        switch format {
        case .jpeg: Int32(SAFERSITE_VIPS_JPEG.rawValue)
        case .png: Int32(SAFERSITE_VIPS_PNG.rawValue)
        case .webp: Int32(SAFERSITE_VIPS_WEBP.rawValue)
        }
    }

    /// libvips' message for the last failure, trimmed, and its buffer cleared.
    private static func takeError() -> String {
        guard let message = safersite_vips_take_error() else { return "" }
        defer { safersite_vips_free(message) }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
