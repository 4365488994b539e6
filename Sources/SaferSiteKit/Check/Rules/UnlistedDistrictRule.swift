import Diagnostics
import TextSupport

/// `unknown-district`: a page's `district:` is one of the ids listed under `districts:` in the
/// settings, so a misspelt district ("cherwel") is not published. A site that lists no
/// districts is not checked.
struct UnlistedDistrictRule: SiteRule {
    /// The listed districts.
    let districts: [District]

    let check = ContentCheck.unknownDistrict

    /// One finding at each page's district value that is not listed.
    func findings(in pages: [Page]) -> [Diagnostic] {
        let ids = districts.map(\.id)
        return pages.compactMap { page in
            guard let node = page.meta.entry("district")?.value, let id = node.value.stringValue?.trimmed(),
                  !id.isEmpty, !ids.contains(id) else { return nil }
            let near = EditDistance.nearest(to: id, among: ids)
            return Diagnostic(check.severity, at: SourceLocation(file: page.source, line: node.line, column: node.column),
                              ContentCheckMessages.unlisted("district", id, list: "districts"),
                              hint: ContentCheckMessages.unlistedHint(near: near, known: ids, list: "districts"), code: check.rawValue)
        }
    }
}

/// `unknown-topic`: every name in a page's `topics:` is listed under `topics:` in the settings,
/// so a misspelt topic does not make a topic page of its own. A site that lists no topics is
/// not checked.
struct UnlistedTopicRule: SiteRule {
    /// The listed topics.
    let topics: [String]

    let check = ContentCheck.unknownTopic

    /// One finding at each topic that is not listed, at the name itself.
    func findings(in pages: [Page]) -> [Diagnostic] {
        // Topics are matched as topic pages match them: by slug, so "Domestic abuse" is "domestic abuse".
        let listed = Set(topics.map(HeadingIDs.slug))
        return pages.flatMap { page -> [Diagnostic] in
            guard case .sequence(let items)? = page.meta.entry("topics")?.value.value else { return [] }
            return items.compactMap { item in
                guard let name = item.value.stringValue?.trimmed(), !listed.contains(HeadingIDs.slug(name)) else { return nil }
                let near = EditDistance.nearest(to: name, among: topics)
                return Diagnostic(check.severity, at: SourceLocation(file: page.source, line: item.line, column: item.column),
                                  ContentCheckMessages.unlisted("topic", name, list: "topics"),
                                  hint: ContentCheckMessages.unlistedHint(near: near, known: topics, list: "topics"), code: check.rawValue)
            }
        }
    }
}
