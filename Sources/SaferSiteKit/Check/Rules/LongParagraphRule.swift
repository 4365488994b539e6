import Diagnostics

/// `long-paragraph`: a plain-English nudge for paragraphs of more than `maximumSentences`
/// sentences or more than `maximumWords` words, counted as `PlainEnglishText` describes.
struct LongParagraphRule: PageRule {
    /// The most sentences a paragraph may have.
    static let maximumSentences = 5
    /// The most words a paragraph may have.
    static let maximumWords = 120

    let check = ContentCheck.longParagraph

    /// Every paragraph over either limit.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.paragraphs.compactMap { paragraph, sentences in
            let words = sentences.reduce(0) { $0 + $1.wordCount }
            guard sentences.count > Self.maximumSentences || words > Self.maximumWords else { return nil }
            return page.finding(check, at: paragraph.location, ContentCheckMessages.longParagraph(sentences: sentences.count, words: words),
                                hint: ContentCheckMessages.longParagraphHint)
        }
    }
}
