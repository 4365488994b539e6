import Foundation
import SaferSiteKit

/// A request's path, checked and decoded into the segments of a path inside the built site.
///
/// The preview serves from memory, so nothing outside the build can be reached anyway; this type
/// still refuses anything that looks like an attempt to climb out (`..`, `.`), to smuggle a
/// separator (`%2f`, `\`), to hide in a second layer of encoding (`%252e`), or to end a C string
/// early (NUL), so such a request gets `400 Bad Request` rather than a guess.
public struct RequestPath: Sendable, Hashable {
    /// Why a path was refused.
    public enum Problem: Error, Sendable, Hashable {
        /// The path does not start with `/` (an absolute URL or `*`).
        case notAbsolute
        /// A `%` not followed by two hex digits, or bytes that are not UTF-8 once decoded.
        case badEncoding
        /// A `.` or `..` segment, raw or encoded.
        case dotSegment
        /// An encoded `/` (`%2f`) or a backslash, raw or encoded.
        case separatorInSegment
        /// A NUL or other control character, raw or encoded.
        case controlCharacter
        /// Still percent-encoded after decoding (`%252e` → `%2e`).
        case doubleEncoded
    }

    /// The decoded segments: `/projects/aspire/` → `["projects", "aspire"]`.
    public var segments: [String]
    /// Whether the path ended with `/` (or was just `/`).
    public var hasTrailingSlash: Bool

    /// Checks and decodes a raw, still percent-encoded request path (without its query).
    public init(raw: String) throws(Problem) {
        guard raw.hasPrefix("/") else { throw .notAbsolute }
        var segments: [String] = []
        for rawSegment in raw.split(separator: "/", omittingEmptySubsequences: true) {
            let segment = try Self.decode(rawSegment)
            if segment == "." || segment == ".." { throw .dotSegment }
            segments.append(segment)
        }
        self.segments = segments
        self.hasTrailingSlash = raw.hasSuffix("/")
    }

    /// The path inside the built site, without a leading slash: `projects/aspire` (empty for `/`).
    public var sitePath: String {
        segments.joined(separator: "/")
    }
}

// MARK: - Helpers

private extension RequestPath {
    /// Percent-decodes one segment, refusing what could change its meaning once decoded.
    static func decode(_ raw: Substring) throws(Problem) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw .badEncoding
            }
            bytes.append(high << 4 | low)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else { throw .badEncoding }
        for scalar in text.unicodeScalars {
            if scalar == "/" || scalar == "\\" { throw .separatorInSegment }
            if scalar.value < 0x20 || scalar.value == 0x7F { throw .controlCharacter }
        }
        if looksPercentEncoded(text) { throw .doubleEncoded }
        return text
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A `%` followed by two hex digits: a second layer of encoding, which nothing the build
    /// writes needs (a file named `100%.pdf` is still served, as `/100%25.pdf`).
    static func looksPercentEncoded(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "%") {
            if hexValue(bytes[index + 1]) != nil && hexValue(bytes[index + 2]) != nil { return true }
        }
        return false
    }
}
