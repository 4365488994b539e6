import Diagnostics
import Foundation
import SaferSiteKit
import TextSupport

/// The HTML that shows the latest build's problems in the browser: a box at the top of every
/// served page (over the last good site when the build failed), or a page of its own when
/// nothing has built yet.
///
/// The box lists errors (open) and warnings (folded, with their count), each as `file:line:column`
/// with its message, source line and hint, all escaped, and a link to the page it is about. It
/// sticks to the top of the window, so it is in view whatever the browser scrolls back to after a
/// reload; each list folds away to show the page under it. Errors make it a `role="alert"`;
/// warnings alone make it a quieter `role="status"`, in amber rather than red. Its looks come
/// from `stylesheet`, served by the preview, rather than inline styles, so a theme's
/// Content-Security-Policy that allows only the site's own styles still shows it styled.
public enum BuildProblemsHTML {
    /// The `id` of the banner, for tests and styling.
    public static let bannerID = "safersite-build-problems"
    /// Where the preview serves `stylesheet`.
    public static let stylesheetPath = LiveReloadScript.reservedPrefix + "problems.css"

    /// The box, and the tag that styles it, for the latest build's findings (notes are left to
    /// the terminal).
    ///
    /// - Parameters:
    ///   - hasGoodBuild: whether a good build is shown under it.
    ///   - failed: whether the build failed; when it did not, only warnings are shown.
    ///   - pageAddresses: page addresses by source path, for the links to each finding's page.
    public static func banner(problems: [Diagnostic], failure: String?, hasGoodBuild: Bool, failed: Bool = true,
                              pageAddresses: [String: String] = [:]) -> String {
        // A build's findings come sorted already; only others are sorted here, for each page served.
        let shown = problems.isSortedForDisplay ? problems : problems.sortedForDisplay()
        let errors = shown.filter { $0.severity == .error }
        let warnings = shown.filter { $0.severity == .warning }
        let heading = failure != nil ? PreviewMessages.couldNotBuild : PreviewMessages.heading(errors: errors.count, warnings: warnings.count)
        let intro = !failed ? PreviewMessages.warningsOnly : hasGoodBuild ? PreviewMessages.showingLastGood : PreviewMessages.nothingBuiltYet
        let kind = failed ? "errors" : "warnings"
        var html = #"<div id="\#(bannerID)" class="safersite-problems safersite-problems--\#(kind)" role="\#(failed ? "alert" : "status")" "#
            + #"aria-labelledby="\#(bannerID)-heading">"# + "\n"
        html += #"<h2 id="\#(bannerID)-heading">\#(HTMLEscape.text(heading))</h2>"# + "\n"
        html += "<p>\(HTMLEscape.text(intro))</p>\n"
        if let failure {
            html += "<p><code>\(HTMLEscape.text(failure))</code></p>\n"
        }
        html += list(errors, open: true, pageAddresses: pageAddresses)
        html += list(warnings, open: false, pageAddresses: pageAddresses)
        html += "</div>\n"
        return html
    }

    /// The box put just after the page's `<body>` tag, with its stylesheet, so it is the first
    /// thing read and the first thing Tab reaches.
    public static func insertBanner(_ banner: String, into html: String) -> String {
        let boxed = stylesheetTag + "\n" + banner
        guard let bodyStart = html.range(of: "<body", options: .caseInsensitive),
              let tagEnd = html[bodyStart.upperBound...].firstIndex(of: ">") else {
            return boxed + html
        }
        var page = html
        page.insert(contentsOf: "\n" + boxed, at: page.index(after: tagEnd))
        return page
    }

    /// A whole page listing the problems, for when there is no good build to show under them.
    public static func page(problems: [Diagnostic], failure: String?, pageAddresses: [String: String] = [:]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.text(PreviewMessages.problemsTitle))</title>
        \(stylesheetTag)
        </head>
        <body class="safersite-problems-page">
        <main>
        \(banner(problems: problems, failure: failure, hasGoodBuild: false, pageAddresses: pageAddresses))</main>
        </body>
        </html>

        """
    }

    /// The box's styles, all under its `id`, which first puts back the browser's own styles so the
    /// site's cannot leak in. Colours meet WCAG 2.2 AA on their backgrounds (the lowest: the amber
    /// border, 5.2:1 for a 3:1 need; link blue on pale amber, 6.3:1). Nothing in it moves, so there
    /// is nothing for reduced motion to stop; printed, it is left out.
    public static let stylesheet = """
    /* The problems box of the SaferSite preview (safersite serve); never part of the built site. */
    #\(bannerID), #\(bannerID) * { all: revert; box-sizing: border-box; }
    #\(bannerID) {
      position: sticky; top: 0; z-index: 2147483647; display: block; margin: 0;
      max-height: 50vh; overflow-y: auto; overscroll-behavior: contain;
      padding: .75em 1em; background: #fff; color: #0b0c0c; border: 5px solid #b10e1e;
      box-shadow: 0 2px 6px rgba(0, 0, 0, .35);
      font: 400 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      text-align: left; overflow-wrap: anywhere;
    }
    #\(bannerID).safersite-problems--warnings { background: #fffbe6; border-color: #946200; }
    #\(bannerID) h2 { margin: 0 0 .25em; font-size: 1.25em; line-height: 1.3; font-weight: 700; color: #b10e1e; }
    #\(bannerID).safersite-problems--warnings h2 { color: #0b0c0c; }
    #\(bannerID) p { margin: 0 0 .5em; }
    #\(bannerID) details { margin: .25em 0 0; }
    #\(bannerID) summary { cursor: pointer; font-weight: 700; color: #1d5fa0; text-decoration: underline; padding: .125em 0; }
    #\(bannerID) ol { margin: .25em 0 0; padding: 0 0 0 1.5em; }
    #\(bannerID) li { margin: 0 0 .75em; }
    #\(bannerID) li p { margin: 0; }
    #\(bannerID) code, #\(bannerID) pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9375em; }
    #\(bannerID) pre { margin: .25em 0; padding: .25em .5em; background: #f3f2f1; white-space: pre-wrap; overflow-x: auto; }
    #\(bannerID) .safersite-problems__error { color: #b10e1e; font-weight: 700; }
    #\(bannerID) .safersite-problems__warning { color: #6b4d00; font-weight: 700; }
    #\(bannerID) a { color: #1d5fa0; text-decoration: underline; }
    #\(bannerID) a:visited { color: #4c2c92; }
    #\(bannerID) a:hover, #\(bannerID) summary:hover { color: #003078; text-decoration-thickness: 3px; }
    #\(bannerID) a:focus-visible, #\(bannerID) summary:focus-visible {
      outline: 3px solid #0b0c0c; outline-offset: 1px; background: #ffdd00; color: #0b0c0c; text-decoration: none;
    }
    .safersite-problems-page { margin: 0; }
    @media print { #\(bannerID) { display: none !important; } }

    """
}

// MARK: - Helpers

private extension BuildProblemsHTML {
    static let stylesheetTag = #"<link rel="stylesheet" href="\#(stylesheetPath)">"#

    /// One severity's findings, folded unless `open`, under a summary giving their count.
    static func list(_ findings: [Diagnostic], open: Bool, pageAddresses: [String: String]) -> String {
        guard let first = findings.first else { return "" }
        let summary = PreviewMessages.count(findings.count, first.severity.rawValue)
        var html = "<details class=\"safersite-problems__\(first.severity.rawValue)s\"\(open ? " open" : "")><summary>\(summary)</summary>\n<ol>\n"
        for finding in findings {
            html += item(finding, pageAddress: pageAddresses[finding.location.file])
        }
        return html + "</ol>\n</details>\n"
    }

    static func item(_ problem: Diagnostic, pageAddress: String?) -> String {
        let severity = problem.severity.rawValue
        var html = "<li><p><strong><code>\(HTMLEscape.text(problem.location.description))</code></strong>: "
        html += "<span class=\"safersite-problems__\(severity)\">\(severity)</span>: "
        html += HTMLEscape.text(problem.message) + "</p>"
        if let line = problem.sourceLine {
            html += "\n<pre>"
            html += HTMLEscape.text(line.replacingOccurrences(of: "\t", with: " "))
            if problem.location.column > 0 {
                html += "\n" + String(repeating: " ", count: min(problem.location.column - 1, line.count)) + "^"
            }
            html += "</pre>"
        }
        if let hint = problem.hint {
            html += "\n<p>Hint: \(HTMLEscape.text(hint))</p>"
        }
        if let pageAddress {
            html += "\n<p><a href=\"\(HTMLEscape.attribute(pageAddress))\">\(HTMLEscape.text(PreviewMessages.openPage(pageAddress)))</a></p>"
        }
        html += "</li>\n"
        return html
    }
}
