/// What an image file's header says, read without decoding its pixels.
package struct ImageHeader: Sendable, Hashable {
    /// The format its bytes are in (whatever its name says).
    package var format: ImageFormat
    /// Its width in pixels as shown: after its EXIF orientation, so a photo taken with the phone on
    /// its side is as wide as it is upright.
    package var width: Int
    /// Its height in pixels as shown.
    package var height: Int
    /// Whether it has an alpha (transparency) channel.
    package var hasAlpha: Bool

    /// Creates a header.
    package init(format: ImageFormat, width: Int, height: Int, hasAlpha: Bool) {
        self.format = format
        self.width = width
        self.height = height
        self.hasAlpha = hasAlpha
    }
}

/// A picture encoded for publishing, and its size.
package struct EncodedImage: Sendable, Hashable {
    /// The file's bytes, with no metadata.
    package var bytes: [UInt8]
    /// Its width in pixels.
    package var width: Int
    /// Its height in pixels.
    package var height: Int

    /// Creates an encoded image.
    package init(bytes: [UInt8], width: Int, height: Int) {
        self.bytes = bytes
        self.width = width
        self.height = height
    }
}

/// Why libvips could not read or write an image, in its words.
package struct ImageError: Error, Sendable, Hashable {
    /// What went wrong.
    package enum Kind: Sendable, Hashable {
        /// libvips is not installed: libvips.so.42 could not be opened (Debian's libvips42 is missing).
        case libraryMissing
        /// libvips did not start (a broken installation).
        case notStarted
        /// The bytes are not a JPEG, PNG or WebP image (another format, or not an image at all).
        case unsupportedFormat
        /// The image is larger than `ImageCodec.maximumPixels`.
        case tooLarge(width: Int, height: Int)
        /// libvips could not decode or encode it (a damaged or cut-short file).
        case failed
    }

    /// What went wrong.
    package var kind: Kind
    /// libvips' own message, when it gave one.
    package var detail: String

    /// Creates an error.
    package init(_ kind: Kind, detail: String = "") {
        self.kind = kind
        self.detail = detail
    }
}
