import CCmarkGFM
import DataTables
import Diagnostics
import Foundation
import TextSupport

/// Renders a page body with cmark-gfm, rewriting its syntax tree on the way:
/// headings get ids, links to `.md` files become page URLs, data blocks become tables and charts,
/// figure links (`[56](figure:DATA/ROW/PART)`) become the figure's text, and tables are wrapped
/// so they scroll inside their own box.
///
/// This is the only file that talks to cmark-gfm: C pointers never leave it.
package struct MarkdownRenderer: Sendable {
    /// Whether raw HTML passes through (off: cmark's safe mode replaces it with a comment).
    package var allowRawHTML: Bool

    /// Creates a renderer.
    package init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// Renders one page body. `firstLine` is the file line the body starts on. `figures` gives
    /// the text of each quoted figure, or nil to leave the text as written (its data is broken,
    /// and reported already); by default every figure keeps its written text.
    package func render(
        _ markdown: String, file: String, firstLine: Int, folder: String, pageURL: String = "/",
        links: LinkResolver, images: ImageCatalog = ImageCatalog(), figures: @escaping (FigureRequest) -> Result<String?, Diagnostic> = { _ in .success(nil) },
        dataBlocks: @escaping (DataBlockRequest) -> Result<String, Diagnostic>
    ) -> RenderedMarkdown {
        Self.registerExtensions
        let source = BodyLines(markdown, firstLine: firstLine, file: file)
        // Refused before cmark-gfm sees it: parsing it is what takes the time.
        if let (index, cells) = MarkdownBounds.tooWideTableLine(in: source.lines) {
            return RenderedMarkdown(html: "", diagnostics: [source.diagnostic(atBodyIndex: index, MarkdownMessages.tooWideTable(cells),
                                                                                hint: MarkdownMessages.tooWideTableHint)])
        }
        // cmark-gfm records every node's start line and column whatever the options say;
        // CMARK_OPT_SOURCEPOS would only add data-sourcepos attributes to the HTML, so it stays off.
        let parseOptions = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
            | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        let renderOptions = parseOptions | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let parser = cmark_parser_new(parseOptions) else { return RenderedMarkdown(html: "") }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        // cmark-gfm keeps the extensions' special characters (`~` for strikethrough, `:` and `w`
        // for autolinks) in one table for the whole process, and each parser adds them when it
        // starts parsing inlines and removes them when it is done. Two pages parsed at once
        // would take them away from each other, and `~~struck~~` would come out as it was
        // written on some runs. Inlines are parsed in `cmark_parser_finish`, so that call takes
        // turns; block parsing (`feed`), rewriting and rendering still run in parallel.
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        let parsed: OpaquePointer? = Self.parseLock.withLock { cmark_parser_finish(parser) }
        guard let document = parsed else { return RenderedMarkdown(html: "") }

        var walk = TreeRewrite(source: source, links: links, images: images, folder: folder, pageURL: pageURL, figures: figures, dataBlocks: dataBlocks)
        walk.run(document)
        if walk.headingCount > MarkdownBounds.maximumHeadings {
            // Nothing is rewritten or rendered: the page fails, and its headings would cost more than the rest.
            cmark_node_free(document)
            return RenderedMarkdown(html: "", diagnostics: walk.diagnostics)
        }

        let rendered = cmark_render_html(document, renderOptions, cmark_parser_get_syntax_extensions(parser))
        // The syntax tree is let go before the HTML is copied into a string: for a page of a
        // megabyte of headings each is a hundred megabytes or more, and all three held at once
        // set the build's peak.
        cmark_node_free(document)
        for node in walk.detached { cmark_node_free(node) }
        guard let rendered else { return RenderedMarkdown(html: "") }
        defer { free(rendered) }
        let (plainText, paragraphs) = walk.text()
        // With raw HTML on, what the author wrote passes through the allow-list; with it off,
        // cmark-gfm has already replaced it.
        let html = allowRawHTML ? HTMLSanitizer.sanitize(String(cString: rendered)) : String(cString: rendered)
        return RenderedMarkdown(html: html, headings: walk.headings, links: walk.linkReferences,
                                plainText: plainText, paragraphs: paragraphs, tables: walk.tableSummaries,
                                diagnostics: walk.diagnostics)
    }

    /// The GFM extensions every page gets.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Held while cmark-gfm parses, since its inline parser reads and writes process-wide state.
    private static let parseLock = NSLock()

    /// cmark-gfm's extensions must be registered once per process before any parser uses them.
    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()
}

/// A data block found in a page body: ```` ```table NAME ````.
package struct DataBlockRequest: Sendable {
    /// `table`, `chart` or `figures`.
    package var kind: DataBlockKind
    /// The data's name.
    package var name: String
    /// Where the block starts.
    package var location: SourceLocation
}

/// A figure quoted in a sentence: `[56](figure:oxford-crime-trends/sexual-offences/latest)`.
package struct FigureRequest: Sendable {
    /// The link's destination, `figure:` and all.
    package var destination: String
    /// Where the destination is written.
    package var location: SourceLocation
}

// MARK: - Helpers

/// The body's lines, to turn cmark's byte columns into character columns and show lines in diagnostics.
///
/// A class, for the walk it remembers: nodes are asked about in the order they are written, so
/// the characters before a column are counted from the last column asked for on the same line,
/// not from the line's start, and many links on one long line cost one pass over it rather than
/// one pass each. Used by one page's render alone, on one thread.
private final class BodyLines {
    /// The body's line breaks are all LF by now.
    let lines: LFLines
    let firstLine: Int
    let file: String
    /// The last column counted: its line, the bytes of the line before it, and the characters
    /// they make.
    private var counted: (line: Int, bytes: Int, characters: Int) = (0, 0, 0)
    /// The last line made into a string for a finding, shared by the findings after it on that line.
    private var lastText: (line: Int, text: String)?

    init(_ text: String, firstLine: Int, file: String) {
        self.lines = LFLines(text)
        self.firstLine = firstLine
        self.file = file
    }

    func location(bodyLine: Int32, byteColumn: Int32) -> SourceLocation {
        let line = Int(bodyLine)
        var column = Int(byteColumn)
        if line >= 1, line <= lines.count, column > 1 {
            let utf8 = lines[line - 1].utf8
            let wanted = min(column - 1, utf8.count)
            // Go on from the last column counted when it is on this line and not past this one.
            let (fromBytes, fromCharacters) = counted.line == line && counted.bytes <= wanted ? (counted.bytes, counted.characters) : (0, 0)
            let bytes = utf8.dropFirst(fromBytes).prefix(wanted - fromBytes)
            // cmark-gfm counts bytes; people count characters.
            let characters = fromCharacters + String(decoding: bytes, as: UTF8.self).count
            column = characters + 1
            // Counting on from here gives the same count as from the line's start only where a
            // character surely ends: between two ASCII bytes (no CR: a line's CR is at its end).
            if wanted > 0, wanted < utf8.count {
                let before = utf8[utf8.index(utf8.startIndex, offsetBy: wanted - 1)]
                let after = utf8[utf8.index(utf8.startIndex, offsetBy: wanted)]
                if before < 0x80, after < 0x80, before != 0x0D { counted = (line, wanted, characters) }
            }
        }
        return SourceLocation(file: file, line: line + firstLine - 1, column: max(column, 1))
    }

    /// Where `text` is first written on a body line at or after a byte column, or nil.
    func location(of text: String, bodyLine: Int32, fromByteColumn column: Int32) -> SourceLocation? {
        let line = Int(bodyLine)
        guard line >= 1, line <= lines.count, !text.isEmpty else { return nil }
        let bytes = Array(lines[line - 1].utf8), wanted = Array(text.utf8)
        var start = max(Int(column) - 1, 0)
        while start + wanted.count <= bytes.count {
            if bytes[start..<start + wanted.count].elementsEqual(wanted) {
                return location(bodyLine: bodyLine, byteColumn: Int32(start + 1))
            }
            start += 1
        }
        return nil
    }

    /// An error at the start of the body line at `index` (0-based), showing the line.
    func diagnostic(atBodyIndex index: Int, _ message: String, hint: String) -> Diagnostic {
        .error(message, at: SourceLocation(file: file, line: firstLine + index, column: 1), hint: hint,
               sourceLine: text(ofFileLine: firstLine + index), code: "markdown")
    }

    func text(ofFileLine line: Int) -> String? {
        let index = line - firstLine
        guard index >= 0, index < lines.count else { return nil }
        if let lastText, lastText.line == index { return lastText.text }
        let text = String(lines[index])
        lastText = (index, text)
        return text
    }
}

/// One pass over the syntax tree that collects what later stages need and rewrites nodes.
private struct TreeRewrite {
    let source: BodyLines
    let links: LinkResolver
    let images: ImageCatalog
    let folder: String
    let pageURL: String
    let figures: (FigureRequest) -> Result<String?, Diagnostic>
    let dataBlocks: (DataBlockRequest) -> Result<String, Diagnostic>

    /// Every image node, in the order written, with what `rewriteLink` found of it.
    var imageNodes: [(node: OpaquePointer, reference: LinkReference)] = []
    var headings: [Heading] = []
    var linkReferences: [LinkReference] = []
    var diagnostics: [Diagnostic] = []
    var plainText = ""
    /// Each paragraph's words in `plainText`, as UTF-8 offsets, and where it is in the file.
    var paragraphSpans: [(words: Range<Int>, location: SourceLocation)] = []

    /// The body's plain text, in storage of its own size, and each paragraph's words, trimmed, as a
    /// slice of it. Sliced by scalars: a paragraph opening with a combining mark shares a
    /// character with the space before it.
    func text() -> (plainText: String, paragraphs: [TextBlock]) {
        let compact = String(decoding: Array(plainText.utf8), as: UTF8.self)
        let utf8 = compact.utf8
        let paragraphs = paragraphSpans.map { span, location in
            let start = utf8.index(utf8.startIndex, offsetBy: span.lowerBound), end = utf8.index(utf8.startIndex, offsetBy: span.upperBound)
            return TextBlock(words: Substring(compact.unicodeScalars[start..<end]).trimmedSlice(), location: location)
        }
        return (compact, paragraphs)
    }
    var tableSummaries: [TableSummary] = []
    /// Figure links, each with the text that replaces it.
    var figureNodes: [(link: OpaquePointer, text: String)] = []
    /// Nodes taken out of the tree. They are freed only after rendering: the inline nodes moved
    /// out of a heading can point into the heading's own text buffer (raw HTML does), so freeing
    /// the heading at once would leave them pointing at freed memory.
    var detached: [OpaquePointer] = []
    var ids = HeadingIDs()
    var lastHeadingText: String?
    /// How many headings the page has; past `MarkdownBounds.maximumHeadings` none is rewritten.
    var headingCount = 0

    init(source: BodyLines, links: LinkResolver, images: ImageCatalog, folder: String, pageURL: String,
         figures: @escaping (FigureRequest) -> Result<String?, Diagnostic>,
         dataBlocks: @escaping (DataBlockRequest) -> Result<String, Diagnostic>) {
        self.source = source
        self.links = links
        self.images = images
        self.folder = folder
        self.pageURL = pageURL
        self.figures = figures
        self.dataBlocks = dataBlocks
    }

    mutating func run(_ document: OpaquePointer) {
        var headingNodes: [OpaquePointer] = []
        var linkNodes: [OpaquePointer] = []
        var codeBlocks: [OpaquePointer] = []
        var tables: [OpaquePointer] = []
        var taskItems: [OpaquePointer] = []
        // Where the paragraph being walked starts in `plainText`, and where it is in the file.
        var paragraph: (start: Int, location: SourceLocation)?
        // The figure link being walked (links do not nest), and where its text starts in `plainText`.
        var figure: (link: OpaquePointer, start: Int)?
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            guard event == CMARK_EVENT_ENTER else {
                if let (link, start) = figure, link == node {
                    quoteFigure(link, textStart: start)
                    figure = nil
                }
                // A paragraph holds inlines alone, so its words are the plain text added since it
                // began: the same as `text(of:)` would collect, without walking it again.
                if let (start, location) = paragraph, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                    paragraphSpans.append((start..<plainText.utf8.count, location))
                    paragraph = nil
                }
                continue
            }
            if Self.isBlock(node) { separateBlock() }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_LINK where Self.isFigureLink(node): figure = (node, plainText.utf8.count)
            // What a figure link holds is replaced by its figure: nothing in it is a link.
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: if figure == nil { linkNodes.append(node) }
            case CMARK_NODE_CODE_BLOCK: codeBlocks.append(node)
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { plainText += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: plainText += " "
            case CMARK_NODE_PARAGRAPH:
                paragraph = (plainText.utf8.count, location(of: node))
            case CMARK_NODE_ITEM:
                if String(cString: cmark_node_get_type_string(node)) == "tasklist" { taskItems.append(node) }
            default:
                if String(cString: cmark_node_get_type_string(node)) == "table" { tables.append(node) }
            }
        }
        headingCount = headingNodes.count
        if headingNodes.count > MarkdownBounds.maximumHeadings {
            let node = headingNodes[MarkdownBounds.maximumHeadings]
            diagnostics.append(.error(MarkdownMessages.tooManyHeadings, at: location(of: node), hint: MarkdownMessages.tooManyHeadingsHint,
                                      sourceLine: source.text(ofFileLine: location(of: node).line), code: "markdown"))
            return
        }
        for (link, text) in figureNodes { replaceFigure(link, text: text) }
        for node in linkNodes { rewriteLink(node) }
        // Tables are wrapped before headings are replaced, so each takes its name from the heading before it.
        let headingLines = tables.isEmpty ? [] : headingNodes.map { (Int(cmark_node_get_start_line($0)), Self.text(of: $0)) }
        for table in tables {
            let header = cmark_node_first_child(table)
            var cells: [String] = []
            var cell = header.flatMap { cmark_node_first_child($0) }
            while let current = cell {
                cells.append(Self.text(of: current))
                cell = cmark_node_next(current)
            }
            tableSummaries.append(TableSummary(headerCells: cells, location: location(of: table)))
            let line = Int(cmark_node_get_start_line(table))
            let name = headingLines.last { $0.0 < line }?.1
            wrap(table, name: name)
        }
        for node in headingNodes { replaceHeading(node) }
        for node in taskItems { labelTask(node) }
        for node in codeBlocks { replaceDataBlock(node) }
        // Last: headings and table cells take their words from what they hold, an image's alt
        // text included, before the image becomes HTML.
        placeImages()
    }

    /// Blocks (headings, list items, table cells...) are separated by a space in the plain text.
    mutating func separateBlock() {
        if let last = plainText.last, last != " " { plainText += " " }
    }

    /// Whether a node is a block, extension blocks such as table cells included.
    static func isBlock(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }

    func location(of node: OpaquePointer) -> SourceLocation {
        source.location(bodyLine: cmark_node_get_start_line(node), byteColumn: cmark_node_get_start_column(node))
    }

    static func isFigureLink(_ node: OpaquePointer) -> Bool {
        guard let url = cmark_node_get_url(node) else { return false }
        return FigureAddress.isFigure(String(cString: url))
    }

    /// Asks for the figure a link quotes, once its text is walked, and puts the figure in the
    /// plain text in place of what is written. A figure that differs from the written text is a
    /// warning: the page shows the table's figure, and the words around it need a person's eye.
    mutating func quoteFigure(_ link: OpaquePointer, textStart: Int) {
        let destination = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
        let linkLocation = location(of: link)
        let location = source.location(of: destination, bodyLine: cmark_node_get_start_line(link),
                                       fromByteColumn: cmark_node_get_start_column(link)) ?? linkLocation
        let written = String(decoding: plainText.utf8.dropFirst(textStart), as: UTF8.self)
        var text = written
        switch figures(FigureRequest(destination: destination, location: location)) {
        case .success(let figure?):
            text = figure
            let trimmed = written.trimmed()
            if !trimmed.isEmpty && trimmed != figure {
                diagnostics.append(Diagnostic(.warning, at: linkLocation, MarkdownMessages.figureChanged(written: trimmed, figure: figure),
                                              hint: MarkdownMessages.figureChangedHint(figure: figure, destination: destination),
                                              sourceLine: source.text(ofFileLine: linkLocation.line), code: "figure"))
            }
        case .success(nil):
            break
        case .failure(var problem):
            problem.sourceLine = problem.sourceLine ?? source.text(ofFileLine: problem.location.line)
            diagnostics.append(problem)
        }
        if text != written {
            plainText = String(decoding: plainText.utf8.prefix(textStart), as: UTF8.self) + text
        }
        figureNodes.append((link, text))
    }

    /// Puts the figure's text where its link was.
    mutating func replaceFigure(_ link: OpaquePointer, text: String) {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(node, text)
        cmark_node_insert_before(link, node)
        cmark_node_unlink(link)
        detached.append(link)
    }

    mutating func rewriteLink(_ node: OpaquePointer) {
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        let written = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let location = source.location(bodyLine: cmark_node_get_start_line(node), byteColumn: cmark_node_get_start_column(node))
        let text = Self.text(of: node)
        let title = cmark_node_get_title(node).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        var reference = LinkReference(written: written, resolved: written, targetContentPath: nil, fragment: nil,
                                      text: text, title: title, isImage: isImage, location: location)
        switch links.resolve(written, fromFolder: folder, pageURL: pageURL) {
        case .keep:
            if written.hasPrefix("#") { reference.fragment = String(written.dropFirst()) }
            // `/about/` as written is read from the site's root, wherever on its host that is.
            let (address, sitePath) = links.root.addressWritten(written)
            if address != written { cmark_node_set_url(node, address) }
            reference.resolved = sitePath
            // A page named by its address (`/projects/aspire/`) is as linked as one named by its file.
            if sitePath.hasPrefix("/") && !sitePath.hasPrefix("//") { reference.targetContentPath = links.page(atSitePath: sitePath) }
        case .rewrite(let url, let page, let fragment):
            cmark_node_set_url(node, links.root.address(url))
            reference.resolved = url
            reference.targetContentPath = page
            reference.fragment = fragment
        case .problem(let message, let hint, let code):
            cmark_node_set_url(node, "")
            reference.resolved = ""
            diagnostics.append(Diagnostic(.error, at: location, message, hint: hint,
                                          sourceLine: source.text(ofFileLine: location.line), code: code))
        }
        linkReferences.append(reference)
        if isImage { imageNodes.append((node, reference)) }
    }

    /// Writes the images SaferSite publishes (JPEG, PNG, WebP of `content/`) as pictures of every
    /// published width, gives a decorative image empty alt text and no title, and makes an image
    /// alone in its paragraph with a title a figure, the title its caption. Other images are left
    /// as cmark-gfm writes them.
    mutating func placeImages() {
        // The first picture SaferSite publishes loads at once; other images (SVG, another
        // site's) before it do not count.
        var placedPictures = 0
        for (node, reference) in imageNodes where !reference.resolved.isEmpty {
            let decorative = reference.isDecorative
            let alt = decorative ? "" : reference.text
            let caption = decorative ? nil : reference.title
            let image = reference.resolved.hasPrefix("/") && !reference.resolved.hasPrefix("//")
                ? images[String(reference.resolved.dropFirst()).removingPercentEncodingSafely] : nil
            let parent = cmark_node_parent(node)
            let alone = parent.map { cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH && cmark_node_first_child($0) == node
                && cmark_node_last_child($0) == node } ?? false
            guard image != nil || decorative || (caption != nil && alone) else { continue }
            let html = image.map { PictureHTML.picture($0, alt: alt, first: placedPictures == 0, root: links.root) }
                ?? PictureHTML.plain(src: links.root.address(reference.resolved), alt: alt)
            if image != nil { placedPictures += 1 }
            let (replaced, replacement) = if let caption, alone, let parent {
                (parent, cmark_node_new(CMARK_NODE_CUSTOM_BLOCK))
            } else {
                (node, cmark_node_new(CMARK_NODE_CUSTOM_INLINE))
            }
            cmark_node_set_on_enter(replacement, replaced == node ? html : PictureHTML.figure(html, caption: caption ?? ""))
            cmark_node_set_on_exit(replacement, "")
            // A table cell may hold only the inlines its extension lists: there the image stays
            // as cmark-gfm writes it (its `src`, the largest width, is published all the same).
            if cmark_node_replace(replaced, replacement) != 0 {
                detached.append(replaced)
            } else {
                cmark_node_free(replacement)
            }
        }
    }

    mutating func replaceHeading(_ node: OpaquePointer) {
        let level = Int(cmark_node_get_heading_level(node))
        let text = Self.text(of: node)
        let id = ids.id(for: text)
        let line = source.location(bodyLine: cmark_node_get_start_line(node), byteColumn: 1).line
        headings.append(Heading(level: level, text: text, id: id, line: line))
        let escapedID = HTMLEscape.attribute(id)
        let replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        // The anchor follows the heading rather than sitting inside it, so the heading's
        // accessible name is its text alone (a screen reader's list of headings reads clean),
        // and it is named from the heading, so no two anchors on a page share a name.
        cmark_node_set_on_enter(replacement, "<div class=\"heading-row\"><h\(level) id=\"\(escapedID)\">")
        cmark_node_set_on_exit(replacement,
            "</h\(level)><a class=\"heading-anchor\" href=\"#\(escapedID)\"><span aria-hidden=\"true\">#</span>"
                + "<span class=\"visually-hidden\">Link to section: \(HTMLEscape.text(text))</span></a></div>")
        while let child = cmark_node_first_child(node) {
            cmark_node_append_child(replacement, child)
        }
        cmark_node_replace(node, replacement)
        detached.append(node)
    }

    /// Gives a task-list item's checkbox a name: cmark-gfm writes a bare `<input>` before the
    /// item's text, which Chromium names with nothing, so a screen reader says "checkbox, checked"
    /// and not what is done. The item's first paragraph goes inside a `<label>` with the box.
    mutating func labelTask(_ item: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              cmark_node_first_child(paragraph) != nil else { return }
        let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
        // Without the extension the item renders as a plain `<li>`, leaving the box to the label.
        cmark_node_set_syntax_extension(item, nil)
        let label = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        cmark_node_set_on_enter(label, "<label class=\"task\"><input type=\"checkbox\" disabled\(checked ? " checked" : "")> ")
        cmark_node_set_on_exit(label, "</label>")
        while let child = cmark_node_first_child(paragraph) {
            cmark_node_append_child(label, child)
        }
        cmark_node_append_child(paragraph, label)
    }

    mutating func wrap(_ table: OpaquePointer, name: String?) {
        let label = HTMLEscape.attribute(name.map { "Table: \($0)" } ?? "Table")
        let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(wrapper, "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(label)\" tabindex=\"0\">")
        cmark_node_set_on_exit(wrapper, "</div>")
        cmark_node_insert_before(table, wrapper)
        cmark_node_append_child(wrapper, table)
    }

    mutating func replaceDataBlock(_ node: OpaquePointer) {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first, let kind = DataBlockKind(rawValue: first) else { return }
        let location = source.location(bodyLine: cmark_node_get_start_line(node), byteColumn: cmark_node_get_start_column(node))
        let html: String
        if words.count != 2 {
            diagnostics.append(Diagnostic(.error, at: location, MarkdownMessages.dataBlockUsage(first),
                                          hint: MarkdownMessages.dataBlockUsageHint,
                                          sourceLine: source.text(ofFileLine: location.line), code: "data"))
            html = ""
        } else {
            switch dataBlocks(DataBlockRequest(kind: kind, name: words[1], location: location)) {
            case .success(let rendered): html = rendered
            case .failure(var problem):
                problem.sourceLine = problem.sourceLine ?? source.text(ofFileLine: problem.location.line)
                diagnostics.append(problem)
                html = ""
            }
        }
        let replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(replacement, html)
        cmark_node_set_on_exit(replacement, "")
        cmark_node_replace(node, replacement)
        detached.append(node)
    }

    /// The words of a node without markup.
    static func text(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text.trimmed()
    }
}
