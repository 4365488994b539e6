import Diagnostics

/// `heading-space`: a paragraph that starts with one to six `#`s and then a letter
/// (`##What it does`) was meant as a heading, but Markdown needs a space after the `#`s and
/// shows it as text. (A `#` before a number, `#1 priority`, is left alone.)
struct HeadingSpaceRule: PageRule {
    let check = ContentCheck.headingSpace

    /// One finding at each such paragraph, with the heading as it should be written.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.paragraphs.compactMap { paragraph, _ in
            let words = paragraph.words
            let marker = words.prefix { $0 == "#" }
            guard (1...6).contains(marker.count), let next = words.dropFirst(marker.count).first, next.isLetter else { return nil }
            let rest = String(words.dropFirst(marker.count).prefix { $0 != "\n" })
            return page.finding(check, at: paragraph.location, ContentCheckMessages.headingSpace(String(marker)),
                                hint: ContentCheckMessages.headingSpaceHint(String(marker), rest))
        }
    }
}
