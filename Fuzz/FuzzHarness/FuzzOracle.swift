import DataTables
import Diagnostics
import FrontMatter
import SaferSiteKit

/// What must hold for every input: diagnostics point inside the file, and rendered HTML carries
/// no script nobody wrote. Each check returns the broken promises in words, empty when all hold,
/// so the regression tests record them as failures and the libFuzzer targets crash on them
/// (`FuzzHarness.crash(on:)`), which is how libFuzzer saves a finding.
public enum FuzzOracle {
    /// The schemes a link or source must never use once rendered.
    static let unsafeSchemes = ["javascript:", "vbscript:", "data:"]

    /// The number of lines as diagnostics count them (LF, CRLF or a lone CR each end one).
    public static func lineCount(_ text: String) -> Int {
        var count = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previous != "\r" || scalar == "\r" { count += 1 }
            previous = scalar
        }
        return count
    }

    /// Diagnostics that do not point at a line of the file (0 stands for the whole file).
    public static func locationProblems(_ diagnostics: [Diagnostic], lineCount: Int) -> [String] {
        diagnostics.compactMap { diagnostic in
            if diagnostic.location.line < 0 || diagnostic.location.line > lineCount + 1 {
                return "diagnostic at line \(diagnostic.location.line) of a \(lineCount)-line file: \(diagnostic.message)"
            }
            return diagnostic.location.column < 0 ? "diagnostic at a negative column: \(diagnostic.message)" : nil
        }
    }

    /// Renders a decoded table every way a page can show it; returns what in that HTML is not inert.
    public static func renderingProblems(_ table: DataTable?) -> [String] {
        guard let table else { return [] }
        var problems: [String] = []
        for kind in DataBlockKind.allCases {
            if let html = try? DataRenderer().html(for: table, kind: kind, id: "data-fuzz-1", csvURL: "/data/fuzz.csv") {
                problems += unsafeParts(of: html)
            }
        }
        _ = CSVWriter.csv(for: table)
        return problems
    }

    /// What in `html` could run script: `<script` tags, `on...=` attributes in tags, and
    /// `href`/`src` values with an unsafe scheme. Empty when the HTML is inert.
    ///
    /// The HTML is read one Unicode scalar at a time, as a browser's tokenizer reads it: a `"` or
    /// `>` followed by a combining mark is still a quote or the end of a tag.
    public static func unsafeParts(of html: String) -> [String] {
        let lowered = Array(html.lowercased().unicodeScalars)
        var problems: [String] = []
        if find("<script", in: lowered[...]) != nil { problems.append("a <script> tag") }
        for attribute in ["href=\"", "src=\"", "xlink:href=\""] {
            var rest = lowered[...]
            while let valueStart = find(attribute, in: rest) {
                let value = text(rest[valueStart...].prefix { $0 != "\"" })
                let url = browserReading(value)
                if unsafeSchemes.contains(where: { url.unicodeScalars.starts(with: $0.unicodeScalars) }) { problems.append("an unsafe link: \(value)") }
                rest = rest[valueStart...]
            }
        }
        var rest = lowered[...]
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[(open + 1)...].prefix { $0 != ">" }
            if let first = tag.first, first.properties.isAlphabetic, let handler = eventHandler(in: tag) {
                problems.append("an event handler: \(text(handler))")
            }
            rest = rest[(open + 1)...]
        }
        return problems
    }

    /// The index just after the first `needle` in `haystack`.
    static func find(_ needle: String, in haystack: ArraySlice<Unicode.Scalar>) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard haystack.count >= pattern.count else { return nil }
        var index = haystack.startIndex
        while index + pattern.count <= haystack.endIndex {
            if haystack[index..<(index + pattern.count)].elementsEqual(pattern) { return index + pattern.count }
            index += 1
        }
        return nil
    }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    /// An `on...=` attribute outside quotes in a tag's text (after its name).
    static func eventHandler(in tag: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = "<"
        for index in tag.indices {
            let scalar = tag[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if previous.properties.isWhitespace || previous == "/", scalar == "o", tag[index...].starts(with: ["o", "n"]) {
                let name = tag[index...].prefix { $0.properties.isAlphabetic }
                let after = tag[name.endIndex...].drop { $0.properties.isWhitespace }
                if name.count > 2, after.first == "=" { return name }
            }
            previous = scalar
        }
        return nil
    }

    /// An attribute value as a browser reads it before looking at its scheme: character
    /// references decoded, leading spaces and controls dropped, tabs and line breaks removed.
    static func browserReading(_ value: String) -> String {
        var decoded = ""
        var rest = value[...]
        while let amp = rest.firstIndex(of: "&") {
            decoded += rest[..<amp]
            let afterAmp = rest[rest.index(after: amp)...]
            guard let semicolon = afterAmp.prefix(12).firstIndex(of: ";") else {
                decoded.append("&")
                rest = afterAmp
                continue
            }
            let name = afterAmp[..<semicolon]
            decoded += reference(String(name)) ?? "&\(name);"
            rest = afterAmp[afterAmp.index(after: semicolon)...]
        }
        decoded += rest
        let scalars = decoded.unicodeScalars.drop { $0.value <= 0x20 }.filter { !["\t", "\n", "\r"].contains($0) }
        return String(String.UnicodeScalarView(scalars)).lowercased()
    }

    static func reference(_ name: String) -> String? {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
        if let value = named[name] { return value }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let number = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
