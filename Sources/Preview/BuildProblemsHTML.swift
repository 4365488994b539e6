import Diagnostics
import Foundation
import SaferSiteKit
import TextSupport

/// The HTML that shows a failed build in the browser: a banner at the top of every served page
/// while the last good site is kept, or a page of its own when nothing has built yet.
///
/// Every problem is listed as `file:line:column`, with its message, source line and hint, all
/// escaped. The banner is a `role="alert"` region so screen readers announce it.
public enum BuildProblemsHTML {
    /// The `id` of the banner, for tests and styling.
    public static let bannerID = "safersite-build-problems"

    /// The banner for the latest build's problems.
    public static func banner(problems: [Diagnostic], failure: String?, hasGoodBuild: Bool) -> String {
        let errors = problems.filter { $0.severity == .error }.count
        let heading = failure == nil ? PreviewMessages.buildFailed(errors: errors) : PreviewMessages.couldNotBuild
        var html = #"<div id="\#(bannerID)" role="alert" aria-labelledby="\#(bannerID)-heading" style="\#(bannerStyle)">"# + "\n"
        html += #"<h2 id="\#(bannerID)-heading" style="margin:0 0 .5em;font-size:1.3em;color:inherit">\#(HTMLEscape.text(heading))</h2>"# + "\n"
        html += "<p style=\"margin:0 0 .75em\">\(HTMLEscape.text(hasGoodBuild ? PreviewMessages.showingLastGood : PreviewMessages.nothingBuiltYet))</p>\n"
        if let failure {
            html += "<p style=\"margin:0\"><code>\(HTMLEscape.text(failure))</code></p>\n"
        }
        if !problems.isEmpty {
            html += "<ul style=\"margin:0;padding-left:1.25em\">\n"
            for problem in problems.sortedForDisplay() {
                html += item(problem)
            }
            html += "</ul>\n"
        }
        html += "</div>\n"
        return html
    }

    /// The banner put just after the page's `<body>` tag, so it is the first thing read.
    public static func insertBanner(_ banner: String, into html: String) -> String {
        guard let bodyStart = html.range(of: "<body", options: .caseInsensitive),
              let tagEnd = html[bodyStart.upperBound...].firstIndex(of: ">") else {
            return banner + html
        }
        var page = html
        page.insert(contentsOf: "\n" + banner, at: page.index(after: tagEnd))
        return page
    }

    /// A whole page listing the problems, for when there is no good build to show under them.
    public static func page(problems: [Diagnostic], failure: String?) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.text(PreviewMessages.problemsTitle))</title>
        </head>
        <body style="margin:0;font-family:system-ui,sans-serif">
        <main>
        \(banner(problems: problems, failure: failure, hasGoodBuild: false))</main>
        </body>
        </html>

        """
    }
}

// MARK: - Helpers

private extension BuildProblemsHTML {
    /// Dark red on white meets WCAG AAA contrast; the reset keeps the site's own styles out.
    static let bannerStyle = "all:initial;display:block;box-sizing:border-box;margin:0;padding:1em 1.25em;"
        + "background:#fff;color:#1b1b1b;border:6px solid #b10e1e;font:16px/1.5 system-ui,sans-serif;"
        + "position:relative;z-index:2147483647"

    static func item(_ problem: Diagnostic) -> String {
        var html = "<li style=\"margin:.5em 0\"><strong><code>\(HTMLEscape.text(problem.location.description))</code></strong>: "
        html += "<span style=\"color:\(problem.severity == .error ? "#b10e1e" : "#6b4d00");font-weight:bold\">\(problem.severity.rawValue)</span>: "
        html += HTMLEscape.text(problem.message)
        if let line = problem.sourceLine {
            html += "\n<pre style=\"margin:.25em 0;padding:.25em .5em;background:#f3f2f1;white-space:pre-wrap;font:14px/1.4 ui-monospace,monospace\">"
            html += HTMLEscape.text(line.replacingOccurrences(of: "\t", with: " "))
            if problem.location.column > 0 {
                html += "\n" + String(repeating: " ", count: min(problem.location.column - 1, line.count)) + "^"
            }
            html += "</pre>"
        }
        if let hint = problem.hint {
            html += "\n<div style=\"margin:.25em 0 0\">Hint: \(HTMLEscape.text(hint))</div>"
        }
        html += "</li>\n"
        return html
    }
}
