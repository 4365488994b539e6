/// The content checks' messages and hints, named so tests and the editing guide can quote them.
package enum ContentCheckMessages {
    // MARK: - Errors

    package static let missingAlt = "this image has no alt text"
    package static let missingAltHint = "describe what the image shows between the square brackets, e.g. ![Burglaries fell from 100 to 76](chart.png); if it is only decoration, mark it: ![](border.png \"decorative\")"

    package static let headingLevelOne = "this page uses a level-1 heading (#), but the page title is already the page's main heading"
    package static let headingLevelOneHint = "use ## for the page's main sections and ### inside them"

    package static func headingSkip(from: Int, to: Int) -> String {
        "this heading jumps from level \(from) to level \(to) (\(hashes(to))), skipping a level"
    }

    package static func headingSkipHint(from: Int) -> String {
        "use \(hashes(from + 1)) here: screen reader users move around a page by its heading levels"
    }

    package static let tableHeader = "this table has no header row (every cell of its first row is empty)"
    package static let tableHeaderHint = "write the column names in the first row, e.g. | Measure | 2013/14 | 2014/15 |"

    package static let emptyLinkText = "this link has no words"
    package static let emptyLinkTextHint = "put words that say where the link goes between the square brackets, e.g. [the ASPIRE project](projects/aspire.md)"

    // MARK: - Warnings

    package static func vagueLinkText(_ text: String) -> String {
        "the link text '\(text)' does not say where the link goes"
    }

    package static let vagueLinkTextHint = "use words that make sense on their own, e.g. [read the Business Plan 2015-16](updates/2015-06-business-plan-2015-16.md): screen reader users often hear a list of links without the words around them"

    package static func bareURL(_ text: String) -> String {
        "the link text is a web address (\(text))"
    }

    package static let bareURLHint = "give the link words, e.g. [Thames Valley Police](https://www.thamesvalley.police.uk/): screen readers read addresses out letter by letter"

    package static let emptyValueHint = "fill it in, or remove the line"

    /// A paragraph that starts with `#`s and no space, which Markdown shows as text.
    package static func headingSpace(_ marker: String) -> String {
        "this line starts with '\(marker)' with no space after it, so it is shown as ordinary text, not as a heading"
    }

    /// A known key whose value is empty.
    package static func emptyValue(_ key: String) -> String {
        "'\(key)' is empty, so the page would show its label with nothing after it"
    }

    /// How to make the line a heading.
    package static func headingSpaceHint(_ marker: String, _ words: String) -> String {
        "put a space after the '\(marker)': '\(marker) \(words)'"
    }

    package static let noSource = "this page states figures but does not say which documents they come from"
    package static let noSourceHint =
        "add a line 'sources: [...]' to the front matter naming, by id, the documents the figures come from, as listed under 'sources:' in content/_site.yaml"

    package static func unknownSource(_ id: String) -> String {
        "the source '\(id)' is not listed under 'sources:' in content/_site.yaml"
    }

    package static func unknownSourceHint(near: String?, known: [String]) -> String {
        if let near { return "did you mean '\(near)'?" }
        if known.isEmpty { return "list the document under 'sources:' in content/_site.yaml, with its id, title, publisher and date" }
        return "use one of the listed ids (\(known.joined(separator: ", "))), or list the document under 'sources:' in content/_site.yaml"
    }

    /// A page's district or topic that the settings' list (`districts`, `topics`) does not hold.
    package static func unlisted(_ what: String, _ value: String, list: String) -> String {
        "the \(what) '\(value)' is not listed under '\(list):' in content/_site.yaml"
    }

    package static func unlistedHint(near: String?, known: [String], list: String) -> String {
        if let near { return "did you mean '\(near)'?" }
        return "use one of the listed \(list) (\(known.joined(separator: ", "))), or add it to '\(list):' in content/_site.yaml"
    }

    package static func placeholderText(_ sentence: String, archetype: String) -> String {
        "\"\(sentence)\" is the template's guidance text (from \(archetype)), not the page's own words"
    }

    package static let placeholderTextHint = "replace it with what the page should say, or delete it"

    package static func noPeriod(_ date: String, years: Int) -> String {
        "this page rests on facts from \(date), more than \(years) years ago, but does not say which period it describes"
    }

    package static func noPeriodHint(year: Int) -> String {
        "add 'describes: \(year)' (or the period the page is about, such as '\(year - 1)-\(String(year).suffix(2))') to the front matter: the page then shows a notice that it describes that period"
    }

    package static let noReviewDate = "this page has no review date"
    package static let noReviewDateHint = "add 'review_by: YYYY-MM-DD' to the front matter: the date by which the page's facts must be checked again"

    package static func reviewOverdue(_ date: String) -> String {
        "this page was due for review on \(date)"
    }

    package static let reviewOverdueHint = "check the page's facts, then set last_reviewed to today's date and review_by to the next date it must be checked"

    package static let missingSummary = "this page has no summary"
    package static let missingSummaryHint = "add 'summary: ...' to the front matter: one sentence of at most 160 characters, shown in listings and search results"

    package static func longSummary(_ count: Int) -> String {
        "the summary is \(count) characters long; keep it to \(SummaryRule.maximumLength) or fewer"
    }

    package static let longSummaryHint = "search engines cut longer summaries short: say what the page is for in one short sentence"

    package static func duplicateTitle(_ title: String, others: [String]) -> String {
        "\(others.joined(separator: " and ")) \(others.count == 1 ? "has" : "have") the same title, '\(title)'"
    }

    package static let duplicateTitleHint = "give each page its own title, so people can tell them apart in search results, listings and browser tabs"

    package static func insecureLink(_ url: String) -> String {
        "this links to \(url) with http://, which is not secure"
    }

    package static let insecureLinkHint = "use https:// instead (most sites support it); check the address still works"

    package static func longSentence(words: Int, opening: String) -> String {
        "this sentence has \(words) words (more than \(LongSentenceRule.maximumWords)): \"\(opening)\""
    }

    package static let longSentenceHint = "split it into shorter sentences: plain English helps everyone, most of all people reading in a second language or under stress"

    package static func longParagraph(sentences: Int, words: Int) -> String {
        "this paragraph has \(sentences) sentences and \(words) words (more than \(LongParagraphRule.maximumSentences) sentences or \(LongParagraphRule.maximumWords) words)"
    }

    package static let longParagraphHint = "break it into shorter paragraphs, or turn it into a list"

    // MARK: - Silences

    package static func silenceWithoutReason(_ check: String) -> String {
        "silencing '\(check)' needs a reason"
    }

    package static func silenceWithoutReasonHint(_ check: String) -> String {
        "write it as {check: \(check), reason: \"why this page is an exception\"}"
    }

    package static func silenceUnknownCheck(_ check: String) -> String {
        "there is no check called '\(check)' to silence"
    }

    package static func silenceUnknownCheckHint() -> String {
        "checks that can be silenced: " + ContentCheck.silenceableCodes.joined(separator: ", ")
    }

    package static func silenceError(_ check: String) -> String {
        "'\(check)' finds errors, which cannot be silenced"
    }

    package static let silenceErrorHint = "fix the problem instead: an error stops someone from using the page"

    package static func silenceUnknownPage(_ path: String) -> String {
        "this silences a check on content/\(path), but there is no such page"
    }

    package static let silenceUnknownPageHint = "write the page's path inside content/, e.g. page: projects/aspire.md"

    package static let silenceBadShape = "a silence must be a list item with 'check' and 'reason'"
    package static let silenceBadShapeHint = "write e.g. silence: [{check: long-sentence, reason: \"Quoted from the Act\"}]"
    package static let siteSilenceBadShape = "a site-wide silence must be a list item with 'check', 'page' and 'reason'"
    package static let siteSilenceBadShapeHint = "write e.g. '- {check: long-sentence, page: about.md, reason: \"Quoted from the Act\"}' under silence:"

    package static func silenceUnused(_ check: String) -> String {
        "'\(check)' is silenced here, but it finds nothing on this page"
    }

    package static let silenceUnusedHint = "remove the silence, so the check works again for this page"
}

// MARK: - Helpers

private extension ContentCheckMessages {
    static func hashes(_ level: Int) -> String {
        String(repeating: "#", count: max(level, 1))
    }
}
