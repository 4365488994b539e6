import CLibXML2
import Glibc
import TextSupport

/// Makes a page body's HTML safe when the site allows raw HTML (`raw_html: true`): the HTML is
/// parsed by libxml2's HTML parser, as a browser would parse it, and written out again holding
/// only the elements and attributes on an allow-list. Never by matching patterns in the text:
/// `<a href="jav&#x61;script:…">`, `<IMG SRC=x oNeRrOr=…>` and unclosed or misnested tags are
/// read as a browser reads them, and judged as what they are.
///
/// Dropped with everything inside them: `<script>`, `<style>`, `<iframe>`, `<object>`, `<form>` and
/// its controls, `<meta>`, `<base>`, `<link>`, `<template>`, `<noscript>`, frames. Other elements
/// not on the list (`<embed>`, `<blink>`, `<marquee>`) are left out but what they hold is kept:
/// libxml2 gives `<embed>`, which a browser takes as empty, the text after it as its own.
/// Dropped attributes: every `on…` handler, `style` (except the `text-align` cmark-gfm writes on
/// table cells), and any attribute not on the list; a URL attribute whose scheme is one links
/// may never use (`LinkResolver.unsafeSchemes`: `javascript:`, `data:`…) is dropped too.
/// Comments are dropped. Text is escaped again as it is written.
///
/// This is the only file that talks to libxml2: C pointers never leave it.
enum HTMLSanitizer {
    /// Elements kept, with their allowed attributes (besides `globalAttributes`).
    static let elements: [String: Set<String>] = [
        "a": ["href", "rel", "hreflang"], "abbr": [], "b": [], "blockquote": ["cite"], "br": [], "caption": [],
        "cite": [], "code": [], "col": ["span"], "colgroup": ["span"], "dd": [], "del": ["datetime"],
        "details": ["open"], "dfn": [], "div": [], "dl": [], "dt": [], "em": [], "figcaption": [], "figure": [],
        "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [], "hr": [], "i": [],
        "img": ["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"],
        "picture": [], "source": ["type", "srcset", "sizes", "media"], "input": ["type", "checked", "disabled"],
        "ins": ["datetime"], "kbd": [], "li": ["value"], "mark": [], "ol": ["start", "reversed", "type"], "p": [],
        "pre": [], "q": ["cite"], "s": [], "samp": [], "small": [], "span": [], "strong": [], "sub": [],
        "summary": [], "sup": [], "table": [], "tbody": [], "td": ["colspan", "rowspan", "headers", "align"],
        "tfoot": [], "th": ["colspan", "rowspan", "headers", "scope", "align"], "thead": [], "time": ["datetime"],
        "tr": [], "u": [], "ul": [], "var": [], "wbr": [],
        // The charts the build draws, when raw HTML passes through the same page.
        "svg": ["viewbox", "width", "height", "xmlns", "focusable", "preserveaspectratio"],
        "g": ["fill", "stroke", "stroke-width", "transform"],
        "title": [], "desc": [], "defs": [],
        "pattern": ["width", "height", "patternunits", "patterntransform", "x", "y"],
        "rect": ["x", "y", "width", "height", "fill", "stroke", "stroke-width", "rx", "ry"],
        "circle": ["cx", "cy", "r", "fill", "stroke", "stroke-width"],
        "line": ["x1", "y1", "x2", "y2", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity"],
        "polyline": ["points", "fill", "stroke", "stroke-width", "stroke-dasharray"],
        "polygon": ["points", "fill", "stroke", "stroke-width"],
        "path": ["d", "fill", "stroke", "stroke-width"],
        "text": ["x", "y", "text-anchor", "font-size", "fill"],
    ]

    /// Attributes any kept element may have.
    static let globalAttributes: Set<String> = ["id", "class", "title", "lang", "dir", "role", "tabindex"]

    /// Attributes holding a URL, whose scheme is checked.
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Elements dropped with all they hold: they run script, load other documents, change how
    /// the page's links resolve, send data elsewhere, or hide text a reader would not see.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "applet", "form", "button", "select",
        "textarea", "option", "meta", "base", "link", "template", "noscript", "noembed", "noframes", "xmp",
        "plaintext", "math", "use", "foreignobject", "animate", "set", "head",
    ]

    /// Elements with no end tag.
    static let voidElements: Set<String> = ["br", "col", "hr", "img", "input", "source", "wbr"]

    /// The HTML of a body with only what the allow-list keeps.
    static func sanitize(_ html: String) -> String {
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                            | HTML_PARSE_NODEFDTD.rawValue)
        // Wrapped so the body's text lands in <body> as it is, whatever it starts with.
        let wrapped = "<!DOCTYPE html><html><head></head><body>" + html + "</body></html>"
        let parsed = wrapped.withCString { htmlReadMemory($0, Int32(wrapped.utf8.count), nil, "UTF-8", options) }
        guard let document = parsed else { return "" }
        defer { xmlFreeDoc(document) }
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var child = xmlDocGetRootElement(document)?.pointee.children
        while let node = child {
            if name(of: node) == "body" { writeChildren(of: node, to: &output) }
            child = node.pointee.next
        }
        return output
    }
}

// MARK: - Helpers

private extension HTMLSanitizer {
    static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// Writes each child of `node`. libxml2 nests at most 256 elements deep (without
    /// HTML_PARSE_HUGE), so this recursion is bounded.
    static func writeChildren(of node: xmlNodePtr, to output: inout String) {
        var child = node.pointee.children
        while let current = child {
            write(current, to: &output)
            child = current.pointee.next
        }
    }

    static func write(_ node: xmlNodePtr, to output: inout String) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { output += HTMLEscape.text(String(cString: content)) }
        case XML_ELEMENT_NODE:
            let tag = name(of: node)
            if droppedWithContent.contains(tag) { return }
            guard let allowed = elements[tag], tag != "input" || attribute("type", of: node)?.lowercased() == "checkbox" else {
                // Not on the list: the tag goes, its text stays.
                writeChildren(of: node, to: &output)
                return
            }
            output += "<" + tag
            var property = node.pointee.properties
            while let current = property {
                property = current.pointee.next
                let attributeName = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                guard allowed.contains(attributeName) || globalAttributes.contains(attributeName) || attributeName.hasPrefix("aria-")
                else { continue }
                let value = attribute(attributeName, of: node) ?? ""
                if urlAttributes.contains(attributeName), let scheme = LinkResolver.scheme(of: value),
                   LinkResolver.unsafeSchemes.contains(scheme) { continue }
                // A srcset is a list of URLs, each followed by its width: every one is checked.
                if attributeName == "srcset", value.split(separator: ",").contains(where: { candidate in
                    let url = candidate.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
                    return LinkResolver.scheme(of: url).map(LinkResolver.unsafeSchemes.contains) ?? false
                }) { continue }
                output += " " + attributeName + "=\"" + HTMLEscape.attribute(value) + "\""
            }
            // cmark-gfm's table cells say how they are aligned in `style`: that alone is kept.
            if tag == "td" || tag == "th", let style = attribute("style", of: node),
               ["text-align: left", "text-align: center", "text-align: right"].contains(style) {
                output += " style=\"" + style + "\""
            }
            output += ">"
            guard !voidElements.contains(tag) else {
                // libxml2 knows no `<source>`, and nests what follows it inside: written after it.
                writeChildren(of: node, to: &output)
                return
            }
            writeChildren(of: node, to: &output)
            output += "</" + tag + ">"
        default:
            // Comments, processing instructions and the rest are left out.
            break
        }
    }

    /// The value of an attribute, entities decoded, or nil when it is not there.
    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            guard current.pointee.name.map({ String(cString: $0).lowercased() }) == name else { continue }
            guard let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) else { return "" }
            // Debian's libxml2 allocates with malloc (xmlFree is free, but a global Swift cannot read safely).
            defer { free(value) }
            return String(cString: value)
        }
        return nil
    }
}

// MARK: - SVG files

extension HTMLSanitizer {
    /// What in an SVG file (a logo, a favicon) could run script or load another document if a
    /// reader opened the file by itself, described for a message ("a <script> element"); nil
    /// when there is nothing. The file is parsed by libxml2's XML parser, without fetching
    /// anything or expanding entities, and judged by the lists the body's HTML is: an element
    /// dropped with its content (`<style>` apart, which runs nothing), an `on…` attribute, a URL
    /// with an unsafe scheme, or a `<use>` of anything outside the file.
    static func scriptablePart(ofSVG data: [UInt8]) -> String? {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = data.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), nil, nil, options) }
            }
        }
        guard let document = parsed else { return "text that is not well-formed SVG" }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), name(of: root) == "svg" else { return "no <svg> element around it all" }
        return scriptablePart(of: root)
    }

    /// The first scriptable part of an element or what it holds; nil when there is none.
    private static func scriptablePart(of node: xmlNodePtr) -> String? {
        let tag = name(of: node)
        if droppedWithContent.contains(tag) && tag != "style" && tag != "use" { return "a <\(tag)> element" }
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            let attributeName = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if attributeName.hasPrefix("on") { return "an '\(attributeName)' attribute" }
            guard urlAttributes.contains(attributeName), let value = attribute(attributeName, of: node) else { continue }
            if let scheme = LinkResolver.scheme(of: value), LinkResolver.unsafeSchemes.contains(scheme) { return "a \(scheme): address" }
            if tag == "use" && !value.hasPrefix("#") { return "a <use> of another file" }
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let found = scriptablePart(of: current) { return found }
            child = current.pointee.next
        }
        return nil
    }
}
