import DataTables
import Foundation
import SaferSiteKit

extension FuzzHarness {
    /// A whole page: front matter read and checked, the body rendered by cmark-gfm with links
    /// resolved, and data blocks and quoted figures filled from the page's own `data:` tables.
    ///
    /// The first byte chooses raw HTML on (odd) or off (even); the rest is the page file.
    /// With raw HTML off, the result must hold no script and no script link (`FuzzOracle`).
    public static func page(_ bytes: [UInt8]) -> [String] {
        guard let first = bytes.first else { return [] }
        let allowRawHTML = first % 2 == 1
        let file = SourceFile(path: "content/news/fuzz.md", kind: .page, data: Data(bytes.dropFirst()))
        let (page, _) = PageParser().parse(file)
        var tables: [String: DataTable] = [:]
        if let entry = page.meta.entry("data"), case .mapping(let entries) = entry.value.value {
            for item in entries {
                if let table = DataTableDecoder.decode(item.value, name: item.key, file: file.path).table {
                    tables[item.key] = table
                }
            }
        }
        let links = LinkResolver(pageURLs: ["news/fuzz.md": "/news/fuzz/", "about.md": "/about/", "index.md": "/"],
                                 assetPaths: ["files/plan.pdf"])
        var count = 0
        let rendered = MarkdownRenderer(allowRawHTML: allowRawHTML).render(
            page.body, file: file.path, firstLine: page.bodyFirstLine, folder: "news", pageURL: "/news/fuzz/", links: links,
            figures: { request in
                guard case .success(let address) = FigureAddress.parse(request.destination), let table = tables[address.data] else { return .success(nil) }
                return table.quote(address).map { $0 }.mapError { $0.diagnostic(at: request.location) }
            }
        ) { request in
            count += 1
            guard let table = tables[request.name] else { return .success("") }
            do throws(DataBlockError) {
                return .success(try DataRenderer().html(for: table, kind: request.kind, id: "data-\(count)", csvURL: "/news/fuzz/\(request.name).csv"))
            } catch {
                return .failure(error.diagnostic(at: request.location))
            }
        }
        return allowRawHTML ? [] : FuzzOracle.unsafeParts(of: rendered.html)
    }
}
