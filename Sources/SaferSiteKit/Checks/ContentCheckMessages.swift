/// The content checks' messages and hints, named so tests and the editing guide can quote them.
public enum ContentCheckMessages {
    // MARK: - Errors

    public static let missingAlt = "this image has no alt text"
    public static let missingAltHint = "describe what the image shows between the square brackets, e.g. ![Burglaries fell from 100 to 76](chart.png); if it is only decoration, mark it: ![](border.png \"decorative\")"

    public static let headingLevelOne = "this page uses a level-1 heading (#), but the page title is already the page's main heading"
    public static let headingLevelOneHint = "use ## for the page's main sections and ### inside them"

    public static func headingSkip(from: Int, to: Int) -> String {
        "this heading jumps from level \(from) to level \(to) (\(hashes(to))), skipping a level"
    }

    public static func headingSkipHint(from: Int) -> String {
        "use \(hashes(from + 1)) here: screen reader users move around a page by its heading levels"
    }

    public static let tableHeader = "this table has no header row (every cell of its first row is empty)"
    public static let tableHeaderHint = "write the column names in the first row, e.g. | Measure | 2013/14 | 2014/15 |"

    public static let emptyLinkText = "this link has no words"
    public static let emptyLinkTextHint = "put words that say where the link goes between the square brackets, e.g. [the ASPIRE project](projects/aspire.md)"

    // MARK: - Warnings

    public static func vagueLinkText(_ text: String) -> String {
        "the link text '\(text)' does not say where the link goes"
    }

    public static let vagueLinkTextHint = "use words that make sense on their own, e.g. [read the Business Plan 2015-16](updates/2015-06-business-plan-2015-16.md): screen reader users often hear a list of links without the words around them"

    public static func bareURL(_ text: String) -> String {
        "the link text is a web address (\(text))"
    }

    public static let bareURLHint = "give the link words, e.g. [Thames Valley Police](https://www.thamesvalley.police.uk/): screen readers read addresses out letter by letter"

    public static let noSource = "this page states figures but does not say which documents they come from"
    public static let noSourceHint =
        "add a line 'sources: [...]' to the front matter naming, by id, the documents the figures come from, as listed under 'sources:' in content/_site.yaml"

    public static func unknownSource(_ id: String) -> String {
        "the source '\(id)' is not listed under 'sources:' in content/_site.yaml"
    }

    public static func unknownSourceHint(near: String?, known: [String]) -> String {
        if let near { return "did you mean '\(near)'?" }
        if known.isEmpty { return "list the document under 'sources:' in content/_site.yaml, with its id, title, publisher and date" }
        return "use one of the listed ids (\(known.joined(separator: ", "))), or list the document under 'sources:' in content/_site.yaml"
    }

    public static func noPeriod(_ date: String, years: Int) -> String {
        "this page rests on facts from \(date), more than \(years) years ago, but does not say which period it describes"
    }

    public static func noPeriodHint(year: Int) -> String {
        "add 'describes: \(year)' (or the period the page is about, such as '\(year - 1)-\(String(year).suffix(2))') to the front matter: the page then shows a notice that it describes that period"
    }

    public static let noReviewDate = "this page has no review date"
    public static let noReviewDateHint = "add 'review_by: YYYY-MM-DD' to the front matter: the date by which the page's facts must be checked again"

    public static func reviewOverdue(_ date: String) -> String {
        "this page was due for review on \(date)"
    }

    public static let reviewOverdueHint = "check the page's facts, then set last_reviewed to today's date and review_by to the next date it must be checked"

    public static let missingSummary = "this page has no summary"
    public static let missingSummaryHint = "add 'summary: ...' to the front matter: one sentence of at most 160 characters, shown in listings and search results"

    public static func longSummary(_ count: Int) -> String {
        "the summary is \(count) characters long; keep it to \(SummaryRule.maximumLength) or fewer"
    }

    public static let longSummaryHint = "search engines cut longer summaries short: say what the page is for in one short sentence"

    public static func duplicateTitle(_ title: String, others: [String]) -> String {
        "\(others.joined(separator: " and ")) \(others.count == 1 ? "has" : "have") the same title, '\(title)'"
    }

    public static let duplicateTitleHint = "give each page its own title, so people can tell them apart in search results, listings and browser tabs"

    public static func insecureLink(_ url: String) -> String {
        "this links to \(url) with http://, which is not secure"
    }

    public static let insecureLinkHint = "use https:// instead (most sites support it); check the address still works"

    public static func longSentence(words: Int, opening: String) -> String {
        "this sentence has \(words) words (more than \(LongSentenceRule.maximumWords)): \"\(opening)\""
    }

    public static let longSentenceHint = "split it into shorter sentences: plain English helps everyone, most of all people reading in a second language or under stress"

    public static func longParagraph(sentences: Int, words: Int) -> String {
        "this paragraph has \(sentences) sentences and \(words) words (more than \(LongParagraphRule.maximumSentences) sentences or \(LongParagraphRule.maximumWords) words)"
    }

    public static let longParagraphHint = "break it into shorter paragraphs, or turn it into a list"

    // MARK: - Silences

    public static func silenceWithoutReason(_ check: String) -> String {
        "silencing '\(check)' needs a reason"
    }

    public static func silenceWithoutReasonHint(_ check: String) -> String {
        "write it as {check: \(check), reason: \"why this page is an exception\"}"
    }

    public static func silenceUnknownCheck(_ check: String) -> String {
        "there is no check called '\(check)' to silence"
    }

    public static func silenceUnknownCheckHint() -> String {
        "checks that can be silenced: " + ContentCheck.silenceableCodes.joined(separator: ", ")
    }

    public static func silenceError(_ check: String) -> String {
        "'\(check)' finds errors, which cannot be silenced"
    }

    public static let silenceErrorHint = "fix the problem instead: an error stops someone from using the page"

    public static func silenceUnknownPage(_ path: String) -> String {
        "this silences a check on content/\(path), but there is no such page"
    }

    public static let silenceUnknownPageHint = "write the page's path inside content/, e.g. page: projects/aspire.md"

    public static let silenceBadShape = "a silence must be a list item with 'check' and 'reason'"
    public static let silenceBadShapeHint = "write e.g. silence: [{check: long-sentence, reason: \"Quoted from the Act\"}]"
    public static let siteSilenceBadShape = "a site-wide silence must be a list item with 'check', 'page' and 'reason'"
    public static let siteSilenceBadShapeHint = "write e.g. '- {check: long-sentence, page: about.md, reason: \"Quoted from the Act\"}' under silence:"

    public static func silenceUnused(_ check: String) -> String {
        "'\(check)' is silenced here, but it finds nothing on this page"
    }

    public static let silenceUnusedHint = "remove the silence, so the check works again for this page"
}

// MARK: - Helpers

private extension ContentCheckMessages {
    static func hashes(_ level: Int) -> String {
        String(repeating: "#", count: max(level, 1))
    }
}
