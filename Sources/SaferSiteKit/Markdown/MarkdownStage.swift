import DataTables
import Diagnostics
import TextSupport

/// The markdown stage: renders every page body with cmark-gfm, resolving links against the whole
/// site and placing data blocks.
struct MarkdownStage: Sendable {
    let site: Site
    let renderer: MarkdownRenderer
    let links: LinkResolver

    init(site: Site) {
        self.init(site: site, links: Self.links(site))
    }

    /// A stage resolving links with `links`, made by `links(_:)` for the same pages and assets.
    init(site: Site, links: LinkResolver) {
        self.site = site
        self.renderer = MarkdownRenderer(allowRawHTML: site.settings.rawHTML)
        self.links = links
    }

    /// What a site's links are resolved against: its pages' URLs and its assets. Front matter and
    /// file names alone decide them, so an edit to a body leaves them as they were.
    static func links(_ site: Site) -> LinkResolver {
        let assetPaths = Set(site.assets.filter { $0.kind == .asset }.map(\.relativePath))
        return LinkResolver(pageURLs: Dictionary(uniqueKeysWithValues: site.pages.map { ($0.contentPath, $0.url) }),
                            assetPaths: assetPaths, root: site.settings.root)
    }

    /// Every page's body, in `site.pages` order, rendered on every core; each body's problems
    /// (broken links, unknown data) are reported.
    func run(reportingTo diagnostics: DiagnosticCollector) -> [RenderedMarkdown] {
        let bodies = ParallelMap.map(site.pages.count) { render(site.pages[$0]) }
        for body in bodies { diagnostics.report(body.diagnostics) }
        return bodies
    }

    /// One page's body.
    func render(_ page: Page) -> RenderedMarkdown {
        let local = Self.pageTables(page)
        var blockCount = 0, placed = 0
        var rendered = renderer.render(page.body, file: page.source, firstLine: page.bodyFirstLine, folder: page.contentFolder,
                                       pageURL: page.url,
                                       links: links, images: site.images, figures: { quote($0, local: local) }) { request in
            blockCount += 1
            let id = "data-\(request.name)-\(blockCount)"
            let found = local.tables[request.name].map { ($0, "/" + Self.folder(of: page.outputPath) + "\(request.name).csv") }
                ?? site.data[request.name].map { ($0, "/data/\(request.name).csv") }
            let root = site.settings.root
            if let (table, csvURL) = found {
                do throws(DataBlockError) {
                    let html = try DataRenderer().html(for: table, kind: request.kind, id: id, csvURL: root.address(csvURL))
                    placed += 1
                    return .success(html)
                } catch {
                    return .failure(error.diagnostic(at: request.location))
                }
            }
            if site.brokenData.contains(request.name) || local.broken.contains(request.name) { return .success("") }
            return .failure(Diagnostic(.error, at: request.location, MarkdownMessages.unknownData(request.name),
                                       hint: MarkdownMessages.unknownDataHint(
                                           nearest: EditDistance.nearest(to: request.name, among: Array(site.data.keys) + Array(local.tables.keys))),
                                       code: "data"))
        }
        rendered.diagnostics += local.diagnostics
        rendered.dataBlockCount = placed
        return rendered
    }

    /// The text of a figure a sentence quotes, from the page's own tables or the site's; nil
    /// (the text as written) when the data is broken, since that is reported already.
    func quote(_ request: FigureRequest, local: (tables: [String: DataTable], broken: Set<String>, diagnostics: [Diagnostic]))
        -> Result<String?, Diagnostic> {
        let address: FigureAddress
        switch FigureAddress.parse(request.destination) {
        case .success(let parsed): address = parsed
        case .failure(let error): return .failure(error.diagnostic(at: request.location))
        }
        guard let table = local.tables[address.data] ?? site.data[address.data] else {
            if site.brokenData.contains(address.data) || local.broken.contains(address.data) { return .success(nil) }
            let nearest = EditDistance.nearest(to: address.data, among: Array(site.data.keys) + Array(local.tables.keys))
                .flatMap { local.tables[$0] ?? site.data[$0] }
            return .failure(Diagnostic(.error, at: request.location, MarkdownMessages.unknownData(address.data),
                                       hint: MarkdownMessages.unknownFigureDataHint(nearest: nearest?.nearestAddress(to: address)),
                                       code: "data"))
        }
        return table.quote(address).map { $0 }.mapError { $0.diagnostic(at: request.location) }
    }

    /// The tables a page keeps in its own `data:` front matter.
    static func pageTables(_ page: Page) -> (tables: [String: DataTable], broken: Set<String>, diagnostics: [Diagnostic]) {
        guard let entry = page.meta.entry("data"), case .mapping(let entries) = entry.value.value else { return ([:], [], []) }
        var tables: [String: DataTable] = [:]
        var broken: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for item in entries {
            // The name becomes a file name (the table's CSV download), so it must be a plain one.
            guard Self.isPlainName(item.key) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: page.source, line: item.line, column: item.column),
                                              MarkdownMessages.badDataName(item.key), hint: MarkdownMessages.badDataNameHint, code: "data"))
                broken.insert(item.key)
                continue
            }
            let decoded = DataTableDecoder.decode(item.value, name: item.key, file: page.source)
            diagnostics += decoded.diagnostics
            if let table = decoded.table { tables[item.key] = table } else { broken.insert(item.key) }
        }
        return (tables, broken, diagnostics)
    }

    /// Letters, digits, `-` and `_`, not starting with `-`: safe as a file name everywhere.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
    }

    static func folder(of outputPath: String) -> String {
        guard let slash = outputPath.lastIndex(of: "/") else { return "" }
        return String(outputPath[...slash])
    }
}
