import Foundation

// Writes the default theme's files as Swift source for the `BundledTheme` target; run by the
// EmbedTheme build-tool plugin (Plugins/EmbedTheme), never by hand.
//
//     ThemeEmbedder OUTPUT.swift THEME_FOLDER RELATIVE_PATH...
//
// Each file becomes a raw multi-line string literal, which the compiler reads far faster than an
// array of bytes and which keeps every byte: the text sits between `#"""` + newline and newline +
// `"""#` at the start of a line, so nothing is indented away and the literal's value is the file
// exactly. A file that a literal cannot hold exactly (not UTF-8, a carriage return or another
// control character, which Swift would change or refuse) is written as base64 instead.

/// Writes the default theme's files as Swift source (see above).
@main
enum ThemeEmbedder {
    // A `@main` type rather than top-level code: the fuzz build passes -parse-as-library to
    // every target, build tools included.
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: ThemeEmbedder OUTPUT.swift THEME_FOLDER RELATIVE_PATH...\n".utf8))
            exit(64)
        }
        let output = URL(fileURLWithPath: arguments[1])
        let theme = URL(fileURLWithPath: arguments[2])

        var source = """
        // Made by ThemeEmbedder from the package's theme/ folder at build time. Do not edit: change theme/.
        import Foundation

        extension BundledTheme {
            /// Every file of the default theme, by path inside `theme/`, in path order.
            static let embedded: [(path: String, bytes: [UInt8])] = [

        """
        for path in arguments.dropFirst(3) {
            guard let data = FileManager.default.contents(atPath: theme.appendingPathComponent(path).path) else {
                FileHandle.standardError.write(Data("ThemeEmbedder: cannot read \(theme.path)/\(path)\n".utf8))
                exit(1)
            }
            let quotedPath = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            source += "(\"\(quotedPath)\", \(literal(for: data))),\n"
        }
        source += "    ]\n}\n"
        do {
            // Rewritten only when different, so an unchanged theme compiles nothing again.
            if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
                try Data(source.utf8).write(to: output, options: .atomic)
            }
        } catch {
            FileHandle.standardError.write(Data("ThemeEmbedder: cannot write \(output.path): \(error)\n".utf8))
            exit(1)
        }
    }

    /// The file as a Swift expression whose value is its bytes as `[UInt8]`.
    static func literal(for data: Data) -> String {
        let allowedControls: Set<UInt8> = [0x09, 0x0A]
        if let text = String(data: data, encoding: .utf8),
           !data.contains(where: { ($0 < 0x20 && !allowedControls.contains($0)) || $0 == 0x7F }),
           !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0.value > 0x7F }) {
            // Enough #s that no `"""#…` or `\#…` in the text ends the literal or starts an escape.
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            return "Array(\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes).utf8)"
        }
        return "Array(Data(base64Encoded: \"\(data.base64EncodedString())\")!)"
    }
}
