import Foundation

/// The parse stage for pages: front matter read and checked, body kept for Markdown rendering.
public struct PageParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses one page file; nil when it cannot be read as a page at all (the diagnostics say why).
    public func parse(_ file: SourceFile) -> (ParsedPage?, [Diagnostic]) {
        guard let text = String(data: file.data, encoding: .utf8) else {
            return (nil, [Self.notUTF8(file)])
        }
        let parsed = FrontMatterParser.parsePage(text, file: file.path)
        var diagnostics = parsed.diagnostics
        let source = SourceLines(file: file.path, text: text)
        if !parsed.hasFrontMatter && diagnostics.isEmpty {
            diagnostics.append(source.diagnostic(.error, line: 1, column: 1, ContentMessages.noFrontMatter,
                                                 hint: ContentMessages.noFrontMatterHint, code: "front-matter"))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let (meta, metaDiagnostics) = PageMetadataDecoder(source: source)
            .decode(parsed.frontMatter, fallbackTitle: file.relativePath, frontMatterLine: parsed.frontMatterLine)
        diagnostics += metaDiagnostics
        let page = ParsedPage(source: file.path, contentPath: file.relativePath, kind: file.kind, meta: meta,
                              body: parsed.body, bodyFirstLine: parsed.bodyFirstLine)
        return (page, diagnostics)
    }

    /// The error for a file that is not UTF-8 text, pointing at the first bad byte.
    static func notUTF8(_ file: SourceFile) -> Diagnostic {
        var line = 1
        var column = 1
        let bytes = [UInt8](file.data)
        var offset = 0
        while offset < bytes.count {
            let length = Self.utf8Length(bytes, at: offset)
            guard length > 0 else { break }
            if bytes[offset] == 0x0A { line += 1; column = 1 } else { column += 1 }
            offset += length
        }
        return Diagnostic(.error, at: SourceLocation(file: file.path, line: line, column: column),
                          ParseMessages.notUTF8, hint: ParseMessages.notUTF8Hint, code: "encoding")
    }

    /// The length of the valid UTF-8 sequence starting at `offset`, or 0 when it is not valid.
    static func utf8Length(_ bytes: [UInt8], at offset: Int) -> Int {
        let first = bytes[offset]
        let length: Int
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard offset + length <= bytes.count else { return 0 }
        let slice = Array(bytes[offset..<(offset + length)])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}

/// The parse stage's messages for whole files.
public enum ParseMessages {
    public static let notUTF8 = "this file is not UTF-8 text (it may be a Word document or a file saved in another encoding)"
    public static let notUTF8Hint = "save the file as UTF-8 text, or move it out of content/ if it is not a page"
}
