import Foundation

/// Looking for one byte in a file's text with `memchr`, which reads many bytes at a time: every
/// page is searched for a carriage return and for the lead byte of a text-direction control
/// before it is parsed, and a byte-at-a-time loop over 10,000 pages showed in the profile.
extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start`, if any.
    func firstOffset(of byte: UInt8, from start: Int = 0) -> Int? {
        guard let base = baseAddress, start < count else { return nil }
        guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}

extension String {
    /// Whether the text's UTF-8 holds `byte`.
    func containsUTF8Byte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.firstOffset(of: byte) != nil }
    }
}
