import Glibc

/// Looking for one byte in a file's text with `memchr`, which reads many bytes at a time: every
/// page is searched for a carriage return and for the lead byte of a text-direction control
/// before it is parsed, and a byte-at-a-time loop over 10,000 pages showed in the profile.
extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start`, if any.
    package func firstOffset(of byte: UInt8, from start: Int = 0) -> Int? {
        guard let base = baseAddress, start < count else { return nil }
        guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}

/// Decoding one scalar, for the scan that walks a text's bytes (plain-English sentences).
extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose lead byte is at `index`, and its length in bytes, for text scanned by
    /// its bytes. The bytes must be valid UTF-8, as a `String`'s are: the lead byte gives the length.
    package func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let byte = self[index]
        // ASCII, most of every text, is a scalar of one byte.
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
        return (Unicode.Scalar(value)!, length)
    }
}

extension String {
    /// Whether the text's UTF-8 holds `byte`.
    package func containsUTF8Byte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.firstOffset(of: byte) != nil }
    }
}
