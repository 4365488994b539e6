import BundledTheme
import Diagnostics
import Foundation
import Mustache

/// Compiles the theme's templates, reporting every template error with its file, line and column.
/// A finding in one of the bundled theme's templates says so, and how to get a copy to change.
package enum ThemeLoader {
    /// Compiles the `.mustache` files; the name of each is its path under `theme/templates/` without the extension.
    package static func load(_ files: [SourceFile]) -> (Theme, [Diagnostic]) {
        ScalarHTMLContentType.registered
        var compiled: [(name: String, template: MustacheTemplate)] = []
        var checked: [String: TemplateIncludeCheck.Template] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files where file.kind == .template {
            let name = String(file.relativePath.dropLast(".mustache".count))
            let (decoded, textDiagnostics) = file.text()
            diagnostics += textDiagnostics
            guard let text = decoded else { continue }
            do {
                // Escaping is not the theme's to change: `HTML` brings back the gap, `TEXT` turns it off.
                if text.contains("CONTENT_TYPE") {
                    diagnostics.append(.error(ThemeMessages.contentType, at: SourceLocation(file: file.path, line: 1, column: 1),
                                              hint: ThemeMessages.contentTypeHint, code: "template"))
                    continue
                }
                let source = SourceLines(file: file.path, text: text)
                let tags = TemplateTags(text)
                // Checked before swift-mustache parses it: its parser calls itself for each nested section.
                if let (line, column) = tags.tooDeep {
                    diagnostics.append(source.diagnostic(.error, line: line, column: column, ThemeMessages.tooDeep,
                                                         hint: ThemeMessages.tooDeepHint, code: "template"))
                    continue
                }
                // On a line of its own, so the template's first line keeps its meaning (a tag alone
                // on it is still "standalone" and leaves no blank line).
                let template = try MustacheTemplate(string: ScalarHTMLContentType.pragma + "\n" + text)
                // The loop check follows the tags read here: they must be the includes swift-mustache will render.
                guard template.parsedIncludes == tags.includes.map(\.reference).sorted() else {
                    diagnostics.append(source.diagnostic(.error, line: 1, column: 1, ThemeMessages.unreadableIncludes,
                                                         hint: ThemeMessages.unreadableIncludesHint, code: "template"))
                    continue
                }
                compiled.append((name, template))
                checked[name] = TemplateIncludeCheck.Template(name: name, source: source, tags: tags)
            } catch let error as MustacheTemplate.ParserError {
                let source = SourceLines(file: file.path, text: text)
                // The pragma's line comes first.
                diagnostics.append(source.diagnostic(.error, line: error.context.lineNumber - 1, column: error.context.columnNumber,
                    ThemeMessages.parse(String(describing: error.error)), hint: ThemeMessages.parseHint, code: "template"))
            } catch {
                diagnostics.append(.error(ThemeMessages.parse(String(describing: error)), at: SourceLocation(file: file.path),
                                          hint: ThemeMessages.parseHint, code: "template"))
            }
        }
        let (includeDiagnostics, looping) = TemplateIncludeCheck(templates: checked).run()
        diagnostics += includeDiagnostics
        // A template on a loop is left out, so nothing renders it even if the build went on.
        var library = MustacheLibrary()
        var names: [String] = []
        for (name, template) in compiled where !looping.contains(name) {
            library.register(template, named: name)
            names.append(name)
        }
        if files.isEmpty || !compiled.contains(where: { $0.name == "page" }) {
            diagnostics.append(.error(ThemeMessages.noPageTemplate, at: SourceLocation(file: "theme/templates/page.mustache"),
                                      hint: ThemeMessages.noPageTemplateHint, code: "template"))
        }
        let bundledPrefix = BundledTheme.displayPrefix + "/"
        for index in diagnostics.indices where diagnostics[index].location.file.hasPrefix(bundledPrefix) {
            let path = String(diagnostics[index].location.file.dropFirst(bundledPrefix.count))
            diagnostics[index].hint = ThemeMessages.bundledHint(path, after: diagnostics[index].hint)
        }
        return (Theme(library: library, templateNames: names.sorted(), includes: checked.filter { names.contains($0.key) }), diagnostics)
    }
}

/// The theme's messages.
package enum ThemeMessages {
    package static let parseHint = "check that every {{#section}} has a matching {{/section}} and every tag is closed with }}"
    package static let noPageTemplate = "the theme has no page template"
    package static let contentType = "a template may not change how values are escaped (CONTENT_TYPE)"
    package static let contentTypeHint = "remove the {{% CONTENT_TYPE: ... }} line: every {{value}} is escaped for HTML, and {{{value}}} is for HTML made by the build"
    package static let noPageTemplateHint = "add theme/templates/page.mustache, or pass the folder holding content/ and theme/ as --source"

    package static let unreadableIncludes = "SaferSite cannot tell which templates this one includes: its tags read differently to the template engine's reading (around a change of delimiters, or a line break or accent straight after {{)"
    package static let unreadableIncludesHint = "write its tags with the usual {{ and }}, each tag's name on the same line as its {{"

    package static let tooDeep = "sections are nested more than \(TemplateTags.maximumDepth) deep here"
    package static let tooDeepHint = "close sections before opening more: {{/name}} ends the section that {{#name}} opened"

    /// A chain of templates that ends where it began, e.g. `["page", "page"]`.
    package static func includesItself(_ chain: [String]) -> String {
        chain.count == 2
            ? "the template '\(chain[0])' includes itself, so rendering it would never end"
            : "the template '\(chain[0])' includes itself through \(chain.joined(separator: " → ")), so rendering it would never end"
    }

    /// A partial picked by a value (`tag`) that names `value` somewhere in the site (`place`), from
    /// which the includes in `chain` lead back to the tag's own template.
    package static func valueIncludesItself(_ tag: String, value: String, chain: [String], place: String) -> String {
        "\(tag) includes the template '\(value)' for the value set at \(place), and that leads back here (\(chain.joined(separator: " → "))), so rendering it would never end"
    }

    /// How to break a loop through a partial picked by a value.
    package static func valueIncludesItselfHint(_ tag: String) -> String {
        "change the value so it names a template that does not include this one, or name the partial in \(tag) instead of picking it by a value"
    }

    /// How to break the loop at the tag that closes it.
    package static func includesItselfHint(_ tag: String) -> String {
        "remove \(tag) from this template, or move what the templates share into a partial that includes neither"
    }

    /// The hint for a finding in the bundled theme's file at `path` (`templates/page.mustache`):
    /// the site's own templates are what changed, or a copy of this one is what to change.
    package static func bundledHint(_ path: String, after hint: String?) -> String {
        (hint.map { $0 + "; " } ?? "") + "this is the bundled theme's file, not the site's: "
            + "the cause is usually one of the site's own templates in theme/templates/; "
            + "to change this one, copy it to theme/\(path) (safersite theme eject copies every bundled file)"
    }

    package static func parse(_ detail: String) -> String {
        let readable = switch detail {
        case "sectionCloseNameIncorrect": "a section is closed with a different name than it was opened with"
        case "unfinishedName": "a tag is not finished: it needs a closing }}"
        case "expectedSectionEnd": "a section is never closed: add its {{/name}}"
        case "invalidSetDelimiter": "the delimiter change {{= =}} is not valid"
        case "illegalTokenInsideInheritSection", "textInsideInheritSection":
            "inside {{<parent}} ... {{/parent}} only {{$block}} overrides are allowed"
        default: detail
        }
        return "template error: \(readable)"
    }
}
