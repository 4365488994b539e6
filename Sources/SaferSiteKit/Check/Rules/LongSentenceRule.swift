import Diagnostics

/// `long-sentence`: a plain-English nudge for sentences of more than `maximumWords` words.
///
/// Words and sentences are counted as `PlainEnglishText` describes, over every paragraph
/// (list items included; headings and tables are not paragraphs). The finding points at the
/// line where the sentence starts when its first words can be found there, else at the paragraph.
struct LongSentenceRule: PageRule {
    /// The most words a sentence may have. GOV.UK advises 25 as the upper limit.
    static let maximumWords = 25
    /// How many words of the sentence the message quotes.
    static let quotedWords = 8

    let check = ContentCheck.longSentence

    /// Every sentence over the limit.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.paragraphs.flatMap { paragraph, sentences in
            sentences
                .filter { $0.wordCount > Self.maximumWords }
                .map { sentence in
                    let words = sentence.words(in: paragraph.text)
                    let opening = words.prefix(Self.quotedWords).joined(separator: " ") + "…"
                    return page.finding(check, at: start(of: words, in: paragraph, page: page),
                                        ContentCheckMessages.longSentence(words: sentence.wordCount, opening: opening),
                                        hint: ContentCheckMessages.longSentenceHint)
                }
        }
    }
}

// MARK: - Helpers

private extension LongSentenceRule {
    /// Where the first two of a sentence's words are written in the file, or the paragraph's start.
    func start(of words: [Substring], in paragraph: TextBlock, page: CheckedPage) -> SourceLocation {
        let opening = words.prefix(2).joined(separator: " ")
        for (line, text) in page.blockLines(from: paragraph.location.line) {
            if let range = text.range(of: opening) {
                return paragraph.location.moved(toLine: line, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
            }
        }
        return paragraph.location
    }
}
