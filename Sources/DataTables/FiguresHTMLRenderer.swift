import TextSupport


/// Writes key figures as a row of large numbers with their labels:
/// `<ul class="key-figures">`, each figure's number and label in one list item, so a screen
/// reader says "43 clients", then the source and the download link.
struct FiguresHTMLRenderer {
    /// The block's page-unique id.
    var id: String
    /// Where the figures' CSV can be downloaded, or nil for no link.
    var csvURL: String?

    /// The HTML for a row of figures.
    func html(for row: FigureRow) -> String {
        let captionID = "\(id)-caption"
        var lines = [
            "<figure class=\"data-figures\" id=\"\(HTMLEscape.text(id))\" aria-labelledby=\"\(HTMLEscape.text(captionID))\">",
            "<figcaption id=\"\(HTMLEscape.text(captionID))\">\(HTMLEscape.text(row.caption))</figcaption>",
            "<ul class=\"key-figures\">",
        ]
        lines += row.figures.map { figure in
            "<li><span class=\"key-figure-value\">\(HTMLEscape.text(figure.text))</span> "
                + "<span class=\"key-figure-label\">\(HTMLEscape.text(figure.label))</span></li>"
        }
        lines.append("</ul>")
        lines += TableHTMLRenderer.footer(
            sources: row.source.map { [$0] } ?? [], notes: [], caption: row.caption, csvURL: csvURL
        )
        lines.append("</figure>")
        return lines.joined(separator: "\n") + "\n"
    }
}
