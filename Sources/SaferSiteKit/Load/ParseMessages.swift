import FrontMatter

/// The messages for files that cannot be read as text, named so tests can compare with them.
package enum ParseMessages {
    package static let notUTF8 = "this file is not UTF-8 text (it may be a Word document or a file saved in another encoding)"
    package static let notUTF8Hint = "save the file as UTF-8 text, or move it out of content/ if it is not a page"
    package static let notText = "this file holds NUL characters, so it is not UTF-8 text (it may be saved as UTF-16, or be an image or a Word document)"
    package static let notTextHint = "save the file as UTF-8 text (in most editors: Save As, Encoding: UTF-8), or move it out of content/ if it is not a page"
    package static let bidiControlHint = "delete it (most editors show it as nothing at all); right-to-left words display correctly without it"

    /// A hidden text-direction control character, named.
    package static func bidiControl(_ scalar: Unicode.Scalar) -> String {
        let name = scalar.properties.name ?? "TEXT DIRECTION CONTROL"
        let code = String(scalar.value, radix: 16, uppercase: true)
        return "this line holds a hidden text-direction character (U+\(code) \(name)), which can make text display differently from how it reads"
    }
}
