import Foundation
import TextSupport

extension String {
    /// The text with `%XX` escapes decoded; the text as it is when it has none, or when they do
    /// not decode to UTF-8.
    var removingPercentEncodingSafely: String {
        // Most addresses have no escapes, and Foundation's decoding is slow: skip it for those.
        containsUTF8Byte(UInt8(ascii: "%")) ? removingPercentEncoding ?? self : self
    }
}
