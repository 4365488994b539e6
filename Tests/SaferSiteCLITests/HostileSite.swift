import Foundation
import SaferSiteKit

/// A throwaway site in a temporary folder, written file by file, for hostile-input tests.
///
/// It starts with a home page and no theme of its own: builds use the real theme (`theme/`), so
/// what is tested is what ships.
struct HostileSite {
    /// The site's folder (holding `content/`).
    let root: URL

    /// The folder that holds `root` and nothing else, removed by `remove()`.
    let work: URL

    /// `root/content`.
    var content: URL { root.appendingPathComponent("content") }

    /// `root/public`.
    var output: URL { root.appendingPathComponent("public") }

    /// The theme builds use: the real one.
    static let theme = CLI.packageRoot.appendingPathComponent("theme")

    /// A page with every front matter key the checks want, so only the problem under test is reported.
    static func page(title: String, body: String = "Some words.", extra: String = "") -> String {
        "---\ntitle: \(title)\nsummary: A page.\nreview_by: 2030-01-01\n\(extra)---\n\(body)\n"
    }

    /// Creates a site holding only a home page, in a new temporary folder inside `base` when given.
    init(in base: URL? = nil) throws {
        if let base {
            work = base.appendingPathComponent("safersite-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } else {
            work = try CLI.temporaryFolder()
        }
        root = work.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try write("index.md", Self.page(title: "Home"))
    }

    /// Writes text to a file under `content/`, making its folders.
    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    /// Writes bytes to a file under `content/`, making its folders.
    func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Runs `safersite build` on the site with the real theme, measuring the build's peak memory.
    func build(_ extra: [String] = [], timeout: TimeInterval = 60) throws -> MeasuredRun {
        try CLI.runMeasured(["build", "--source", root.path, "--theme", Self.theme.path, "--output", output.path] + extra,
                            timeout: timeout)
    }

    /// The text of a file the build wrote, or "" when there is none.
    func published(_ path: String) -> String {
        (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Deletes the site.
    func remove() {
        try? FileManager.default.removeItem(at: work)
    }
}
