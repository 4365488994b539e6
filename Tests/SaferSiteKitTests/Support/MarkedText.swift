@testable import Diagnostics
@testable import SaferSiteKit
import Testing

/// Test input with markers (keycap emoji: 1️⃣, 2️⃣ ...) where diagnostics should point, as
/// swift-format's tests do. The markers are taken out of `text`; their 1-based lines and columns
/// (in characters) are kept.
struct MarkedText: CustomTestStringConvertible, Sendable {
    /// The text with the markers removed.
    let text: String
    /// Each marker's line and column, by the marker.
    let markers: [String: Diagnostics.SourceLocation]

    init(_ marked: String) {
        var text = ""
        var markers: [String: Diagnostics.SourceLocation] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if character.unicodeScalars.contains(where: { $0.value == 0x20E3 }) {
                markers[String(character)] = Diagnostics.SourceLocation(file: "", line: line, column: column)
                continue
            }
            text.append(character)
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
        self.markers = markers
    }

    /// Line of the 1️⃣ marker.
    var line: Int { markers["1️⃣"]?.line ?? 0 }
    /// Column of the 1️⃣ marker.
    var column: Int { markers["1️⃣"]?.column ?? 0 }

    /// Where marker `name` was, in `file`.
    func location(_ name: String, file: String) -> Diagnostics.SourceLocation {
        let place = markers[name] ?? Diagnostics.SourceLocation(file: "")
        return Diagnostics.SourceLocation(file: file, line: place.line, column: place.column)
    }

    var testDescription: String { text.debugDescription }
}
