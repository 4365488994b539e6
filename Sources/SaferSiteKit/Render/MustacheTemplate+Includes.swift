import Mustache

extension MustacheTemplate {
    /// The templates this compiled template includes, as swift-mustache parsed them, in any
    /// order: each `{{>name}}` and `{{<parent}}` by name, and each partial picked by a value as
    /// `*` and the value's name. Sections, blocks and a parent's overrides are looked into.
    ///
    /// swift-mustache keeps its tokens internal, so they are read with `Mirror`. `ThemeLoader`
    /// holds `TemplateTags` (which knows where each tag is written) to this list, so a template
    /// whose tags the two read differently is refused rather than followed wrongly.
    var parsedIncludes: [String] {
        Self.includes(in: self).sorted()
    }

    private static func includes(in value: Any) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            if child.label == "partial" || child.label == "dynamicNamePartial",
               let name = Mirror(reflecting: child.value).children.first?.value as? String {
                found.append((child.label == "dynamicNamePartial" ? "*" : "") + name)
            }
            found += includes(in: child.value)
        }
        return found
    }
}
