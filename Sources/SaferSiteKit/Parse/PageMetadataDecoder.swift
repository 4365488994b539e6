import DataTables
import Diagnostics
import Foundation
import FrontMatter
import TextSupport

/// Reads a page's front matter entries into `PageMetadata`, checking the type of every known key.
///
/// A wrong type is an error; an unknown key that looks like a misspelt known key is a warning.
/// Other keys pass through to templates.
package struct PageMetadataDecoder: Sendable {
    /// The keys SaferSite gives a meaning to, with the kind of value each takes.
    package static let knownKeys: [String: ExpectedType] = [
        "title": .text, "summary": .text, "date": .date, "last_reviewed": .date, "review_by": .date,
        "weight": .integer, "layout": .text, "slug": .text, "url": .text, "draft": .boolean,
        "toc": .boolean, "topics": .textList, "district": .text, "priority": .text,
        "figures": .list, "websites": .list, "data": .mapping, "silence": .list,
        "describes": .text, "sources": .textList, "aliases": .textList,
        "publish_date": .date, "expiry_date": .date, "listing": .boolean, "listing_heading": .text,
        "image": .text, "image_alt": .text,
    ]

    /// The kind of value a known key takes.
    package enum ExpectedType: Sendable {
        case text, date, integer, boolean, textList, list, mapping

        var description: String {
            switch self {
            case .text: "text"
            case .date: "a date written as YYYY-MM-DD"
            case .integer: "a whole number"
            case .boolean: "true or false"
            case .textList: "a list of text, such as [one, two]"
            case .list: "a list"
            case .mapping: "a set of keys and values"
            }
        }
    }

    /// The file's text, to show lines in diagnostics.
    package var source: SourceLines

    /// Creates a decoder for one file.
    package init(source: SourceLines) {
        self.source = source
    }

    /// Decodes the entries; `fallbackTitle` is used (with an error) when `title` is missing.
    package func decode(_ entries: [FrontMatterEntry], fallbackTitle: String, frontMatterLine: Int) -> (PageMetadata, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var meta = PageMetadata(title: fallbackTitle, entries: entries)
        var sawTitle = false
        var imageAlt: String?
        for entry in entries {
            guard let expected = Self.knownKeys[entry.key] else {
                if let near = Self.nearestKnownKey(to: entry.key) {
                    diagnostics.append(source.diagnostic(
                        .warning, line: entry.line, column: entry.column,
                        ContentMessages.unknownKey(entry.key, near: near),
                        hint: ContentMessages.unknownKeyHint(near), code: "unknown-key"))
                }
                continue
            }
            guard let value = typed(entry, expected, &diagnostics) else { continue }
            switch (entry.key, value) {
            case ("title", .string(let text)):
                sawTitle = true
                if text.trimmed().isEmpty {
                    diagnostics.append(source.diagnostic(.error, line: entry.value.line, column: entry.value.column,
                        ContentMessages.emptyTitle, hint: ContentMessages.missingTitleHint, code: "front-matter"))
                } else {
                    meta.title = text
                }
            case ("summary", .string(let text)): meta.summary = text
            case ("date", .date(let date)): meta.date = date
            case ("last_reviewed", .date(let date)): meta.lastReviewed = date
            case ("review_by", .date(let date)): meta.reviewBy = date
            case ("publish_date", .date(let date)): meta.publishDate = date
            case ("expiry_date", .date(let date)): meta.expiryDate = date
            case ("weight", .int(let number)): meta.weight = number
            case ("layout", .string(let text)): meta.layout = text
            case ("slug", .string(let text)): meta.slug = text
            case ("url", .string(let text)): meta.url = text
            case ("draft", .bool(let flag)): meta.draft = flag
            case ("toc", .bool(let flag)): meta.tableOfContents = flag
            case ("listing", .bool(let flag)): meta.showsListing = flag
            case ("listing_heading", .string(let text)): meta.listingHeading = text.trimmed().isEmpty ? nil : text.trimmed()
            case ("topics", .sequence(let items)): meta.topics = items.compactMap { $0.value.stringValue }
            case ("district", .string(let text)): meta.district = text
            case ("image", .string(let path)):
                meta.shareImage = ShareImageRequest(path: path, alt: meta.shareImage?.alt,
                                                    location: SourceLocation(file: source.file, line: entry.value.line, column: entry.value.column))
            case ("image_alt", .string(let text)): imageAlt = text
            case ("describes", .string(let text)): meta.describes = text.trimmed().isEmpty ? nil : text
            case ("sources", .sequence(let items)): meta.sources = items.compactMap { $0.value.stringValue }
            case ("aliases", .sequence(let items)):
                for item in items {
                    guard let alias = item.value.stringValue else { continue }
                    if URLPlanner.isSafeURLPath(alias) {
                        meta.aliases.append(alias)
                    } else {
                        diagnostics.append(source.diagnostic(.error, line: item.line, column: item.column,
                            ContentMessages.badAlias(alias), hint: ContentMessages.badAliasHint, code: "url"))
                    }
                }
            case ("websites", .sequence(let items)):
                for item in items {
                    guard let url = item.value["url"], let text = url.value.stringValue,
                          let scheme = LinkResolver.scheme(of: text), LinkResolver.unsafeSchemes.contains(scheme) else { continue }
                    diagnostics.append(source.diagnostic(.error, line: url.line, column: url.column,
                        MarkdownMessages.unsafeScheme(scheme), hint: MarkdownMessages.unsafeSchemeHint, code: "unsafe-link"))
                }
            case ("figures", .sequence):
                let decoded = DataTableDecoder.keyFigures(entry.value, file: source.file)
                meta.figures = decoded.figures
                diagnostics += decoded.diagnostics
            default: break
            }
        }
        meta.shareImage?.alt = imageAlt
        if !sawTitle && !diagnostics.contains(where: { $0.message == ContentMessages.emptyTitle }) {
            let line = max(frontMatterLine, 1)
            diagnostics.append(source.diagnostic(.error, line: line, column: 1, ContentMessages.missingTitle,
                                                 hint: ContentMessages.missingTitleHint, code: "front-matter"))
        }
        return (meta, diagnostics)
    }

    private static let sortedKnownKeys = knownKeys.keys.sorted()

    /// The known key a misspelt key most likely means, if it is close enough to be a typo.
    ///
    /// Answers are kept: a site's own keys (a `tags:` on every page) come up once per page.
    package static func nearestKnownKey(to key: String) -> String? {
        if let known = nearestKnownKeys.value(forKey: key) { return known }
        let nearest = findNearestKnownKey(to: key)
        nearestKnownKeys.set(nearest, forKey: key)
        return nearest
    }

    /// The answers so far, shared by every core. Keys are the site's own, so there are few.
    private static let nearestKnownKeys = LockedMemo<String, String?>()

    private static func findNearestKnownKey(to key: String) -> String? {
        EditDistance.nearestKey(to: key, among: sortedKnownKeys)
    }
}

// MARK: - Helpers

private extension PageMetadataDecoder {
    /// The entry's value when it has the expected type; otherwise records an error and returns nil.
    func typed(_ entry: FrontMatterEntry, _ expected: ExpectedType, _ diagnostics: inout [Diagnostic]) -> FrontMatterValue? {
        var value = entry.value.value
        // An update's `date` may give only the month, as a source often does: `date: 2011-10`.
        // YAML reads that as text, so it is recognised here; review dates are days, so need one.
        if entry.key == "date", case .string(let text) = value, let month = FrontMatterDate(month: text) { value = .date(month) }
        // A period may be a single year, which YAML reads as a number: `describes: 2015` is meant as text.
        if entry.key == "describes", case .int(let year) = value { value = .string(String(year)) }
        let fits: Bool = switch (expected, value) {
        case (.text, .string), (.date, .date), (.integer, .int), (.boolean, .bool),
             (.list, .sequence), (.mapping, .mapping):
            true
        case (.textList, .sequence(let items)):
            items.allSatisfy { $0.value.stringValue != nil }
        default:
            false
        }
        if fits { return value }
        // A number or date where text is expected is almost always meant as text: say how to quote it.
        diagnostics.append(source.diagnostic(
            .error, line: entry.value.line, column: entry.value.column,
            ContentMessages.wrongType(key: entry.key, expected: expected.description, found: value.kindName),
            hint: ContentMessages.wrongTypeHint(key: entry.key, expected: expected), code: "front-matter"))
        return nil
    }
}

private extension ContentMessages {
    static func wrongTypeHint(key: String, expected: PageMetadataDecoder.ExpectedType) -> String {
        switch expected {
        case .text: "put the value in double quotes to make it text, e.g. \(key): \"...\""
        case .date: key == "date" ? ContentMessages.dayOrMonthHint : "write the date as year-month-day, e.g. \(key): 2015-06-03"
        case .integer: "write a whole number without quotes, e.g. \(key): 10"
        case .boolean: "write true or false without quotes"
        case .textList: "write a list of text, e.g. \(key): [anti-social behaviour, domestic abuse]"
        case .list: "write a list, one item per line starting with '- '"
        case .mapping: "write keys and values indented under \(key):"
        }
    }
}
