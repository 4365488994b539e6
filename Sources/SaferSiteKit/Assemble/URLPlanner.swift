import Foundation
import TextSupport

/// Decides each page's address and output file from its path, `slug` and `url`.
///
/// `content/projects/aspire.md` → `/projects/aspire/` → `projects/aspire/index.html`.
package enum URLPlanner {
    /// The URL and output path for a page, or a message saying why its `slug` or `url` is refused.
    package static func plan(contentPath: String, kind: SourceFile.Kind, slug: String?, url: String?) -> Result<(url: String, outputPath: String), URLProblem> {
        if let url {
            guard isSafeURLPath(url) else { return .failure(.badURL) }
            return .success((url, outputPath(forURL: url)))
        }
        var segments = contentPath.split(separator: "/").map(String.init)
        let fileName = segments.removeLast()
        switch kind {
        case .home:
            return .success(("/", "index.html"))
        case .sectionIndex:
            break
        default:
            segments.append(String(fileName.dropLast(".md".count)))
        }
        if let slug {
            guard isSafeSlug(slug) else { return .failure(.badSlug) }
            if segments.isEmpty { return .failure(.badSlug) }
            segments[segments.count - 1] = slug
        }
        let path = "/" + spacesAsHyphens(segments.joined(separator: "/")) + "/"
        return .success((path, outputPath(forURL: path)))
    }

    /// The URL of a section that has no `_index.md`.
    package static func sectionURL(path: String) -> String {
        path.isEmpty ? "/" : "/" + spacesAsHyphens(path) + "/"
    }

    /// A path with each space made a hyphen; most have none, and looking first is far cheaper
    /// than Foundation's replacing, which runs for every page.
    static func spacesAsHyphens(_ path: String) -> String {
        path.containsUTF8Byte(UInt8(ascii: " ")) ? path.replacingOccurrences(of: " ", with: "-") : path
    }

    /// The output file for a site-relative URL: `/a/` → `a/index.html`, `/404.html` → `404.html`.
    package static func outputPath(forURL url: String) -> String {
        let trimmed = String(url.dropFirst())
        return url.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }

    /// Why a `slug` or `url` cannot be used.
    package enum URLProblem: Error, Sendable {
        case badSlug
        case badURL
    }
}

// MARK: - Helpers

extension URLPlanner {
    /// The longest name of a file or folder most file systems take, in bytes.
    static let longestName = 255

    private static func isSafeSlug(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("."), slug != "..", slug.utf8.count <= longestName else { return false }
        return slug.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
        }
    }

    /// Whether `url` can be a page's whole address: a path from the site's root ending in `/` or
    /// `.html`, with no part that leaves its folder or hides a file, and nothing a browser reads
    /// otherwise (`?`, `#`, `%`, white space, control characters).
    package static func isSafeURLPath(_ url: String) -> Bool {
        guard url.hasPrefix("/"), url.hasSuffix("/") || url.hasSuffix(".html") else { return false }
        if url.contains("//") || url.contains("\\") || url.contains("%") || url.contains("?") || url.contains("#") {
            return false
        }
        let segments = url.split(separator: "/")
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.utf8.count > longestName }) { return false }
        return url.unicodeScalars.allSatisfy { !$0.properties.isWhitespace && $0.value >= 0x20 && $0.value != 0x7F }
    }
}
