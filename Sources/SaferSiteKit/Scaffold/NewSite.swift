import BundledTheme
import Foundation
import FrontMatter
import Mustache
import TextSupport

/// Plans the files `safersite init` writes for a new partnership's site, from the starter site in
/// the bundled theme (`theme/starter/`): settings, home, about, contact, accessibility statement,
/// search, 404, the areas' section page and one page per district.
///
/// Each starter file is a Mustache template, rendered as plain text (nothing HTML-escaped), with
/// every value already written as its place needs: `name_yaml` quoted for YAML, `name_in_quotes`
/// for inside a YAML "…" string (a summary that holds the name), `name` with Markdown's special
/// characters escaped. `starter/gitignore` becomes `.gitignore`, and
/// `starter/content/districts/_district.md` is written once per district, as
/// `content/districts/ID/_index.md`. Writing the files is left to the caller.
package struct NewSite: Sendable {
    /// The partnership's name, e.g. "Safer Anytown Partnership".
    package var name: String
    /// The districts' names, in the order given.
    package var districts: [String]
    /// The address the site will be published at, when known.
    package var baseURL: String?
    /// The partnership's email address.
    package var email: String?
    /// The partnership's phone number.
    package var phone: String?
    /// The day the site is made, for review dates.
    package var today: FrontMatterDate

    /// Creates a plan.
    package init(name: String, districts: [String], baseURL: String? = nil, email: String? = nil, phone: String? = nil,
                 today: FrontMatterDate) {
        self.name = name
        self.districts = districts
        self.baseURL = baseURL
        self.email = email
        self.phone = phone
        self.today = today
    }

    /// The folder inside `content/` holding the districts' pages (`district_folder:`).
    package static let districtFolder = "districts"
    /// The longest name taken, in characters and words: a page's summary holds it and must stay
    /// within 160 characters, and a sentence holding it within 25 words.
    package static let maximumNameLength = (characters: 80, words: 12)
    /// The longest district name taken, likewise.
    package static let maximumDistrictLength = (characters: 60, words: 8)

    /// What can stop a site from being planned.
    package enum Problem: Error, Equatable, Sendable {
        /// The name is empty or only spaces.
        case emptyName
        /// The name is longer than `maximumNameLength`.
        case longName
        /// A district's name is longer than `maximumDistrictLength`.
        case longDistrict(String)
        /// A name or district holds a control character (its code point).
        case controlCharacter(UInt32)
        /// No `--district` was given.
        case noDistricts
        /// A district's name has no letters or digits to make its id from.
        case emptyDistrict(String)
        /// Two districts make the same id.
        case duplicateDistrict(String)
        /// The email address is not one.
        case badEmail(String)
        /// The phone number is not one.
        case badPhone(String)
    }

    /// One file to write: its path inside the new site's folder, and its text.
    package struct File: Sendable, Hashable {
        /// E.g. `content/_site.yaml`, `.gitignore`.
        package var path: String
        /// The file's text.
        package var text: String
    }

    /// The files, in path order.
    package func files() -> Result<[File], Problem> {
        if let problem { return .failure(problem) }
        let context = self.context
        var files: [File] = []
        for starter in BundledTheme.files(under: "starter") {
            let relative = String(starter.path.dropFirst("starter/".count))
            let text = String(decoding: starter.bytes, as: UTF8.self)
            if relative == "gitignore" {
                files.append(File(path: ".gitignore", text: text))
            } else if relative == "content/districts/_district.md" {
                for district in context["districts"] as? [[String: Any]] ?? [] {
                    var perDistrict = context
                    perDistrict["district"] = district
                    files.append(File(path: "content/\(Self.districtFolder)/\(district["id"] as? String ?? "")/_index.md",
                                      text: Self.render(text, perDistrict)))
                }
            } else {
                files.append(File(path: relative, text: Self.render(text, context)))
            }
        }
        return .success(files.sorted { $0.path < $1.path })
    }

    /// The ids made from the districts' names, in order: `North Anytown` → `north-anytown`.
    package var districtIDs: [String] { districts.map(Slug.make(from:)) }

    /// Text with every character Markdown could read as formatting escaped with `\`.
    package static func markdownText(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#!|~&".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

// MARK: - Helpers

private extension NewSite {
    var problem: Problem? {
        let trimmedName = name.trimmingCharacters(in: .whitespaces)
        if let control = ([name] + districts + [email ?? "", phone ?? ""]).joined().unicodeScalars
            .first(where: { $0.properties.generalCategory == .control }) {
            return .controlCharacter(control.value)
        }
        if trimmedName.isEmpty { return .emptyName }
        if Self.exceeds(trimmedName, Self.maximumNameLength) { return .longName }
        if districts.isEmpty { return .noDistricts }
        var seen: Set<String> = []
        for (district, id) in zip(districts, districtIDs) {
            if id.isEmpty { return .emptyDistrict(district) }
            if Self.exceeds(district, Self.maximumDistrictLength) { return .longDistrict(district) }
            if !seen.insert(id).inserted { return .duplicateDistrict(district) }
        }
        if let email, !SiteContact.isEmailAddress(email) { return .badEmail(email) }
        if let phone, !SiteContact.isPhoneNumber(phone) { return .badPhone(phone) }
        return nil
    }

    /// The values the starter templates use, each written as its place needs.
    var context: [String: Any] {
        let name = self.name.trimmingCharacters(in: .whitespaces)
        let districtValues = zip(districts, districtIDs).enumerated().map { index, pair -> [String: Any] in
            let district = pair.0.trimmingCharacters(in: .whitespaces)
            return ["id": pair.1, "name": Self.markdownText(district), "name_yaml": PageScaffold.quoted(district),
                    "name_in_quotes": String(PageScaffold.quoted(district).dropFirst().dropLast()), "weight": index + 1]
        }
        // "the Safer Anytown Partnership" in a sentence; a name that starts with "The" keeps its own.
        let startsWithThe = name.lowercased().hasPrefix("the ")
        let bare = startsWithThe ? String(name.dropFirst(4)) : name
        var values: [String: Any] = [
            "name": Self.markdownText(name),
            "name_yaml": PageScaffold.quoted(name),
            "the_name": "the " + Self.markdownText(bare),
            "The_name": "The " + Self.markdownText(bare),
            "the_name_in_quotes": String(PageScaffold.quoted("the " + bare).dropFirst().dropLast()),
            "description_yaml": PageScaffold.quoted("How the \(name) brings councils, police and other services together to prevent crime and help people feel safe."),
            "districts": districtValues,
            "first_district_id": districtIDs.first ?? "",
            "district_folder": Self.districtFolder,
            "today": today.iso8601,
            "today_display": UKDate.long(today),
            "review_by": PageScaffold.yearAfter(today).iso8601,
            "review_by_display": UKDate.long(PageScaffold.yearAfter(today)),
            "has_base_url": baseURL != nil,
            "has_email": email != nil,
            "has_phone": phone != nil,
            "has_contact": email != nil || phone != nil,
        ]
        if let baseURL {
            var address = baseURL.trimmingCharacters(in: .whitespaces)
            if !address.hasSuffix("/") { address += "/" }
            values["base_url_yaml"] = PageScaffold.quoted(address)
        }
        if let email {
            values["email"] = Self.markdownText(email)
            values["email_yaml"] = PageScaffold.quoted(email)
            values["email_url"] = "mailto:" + email
        }
        if let phone {
            values["phone"] = Self.markdownText(phone)
            values["phone_yaml"] = PageScaffold.quoted(phone)
        }
        return values
    }

    /// Whether a name is longer than a limit, in characters or words.
    static func exceeds(_ name: String, _ limit: (characters: Int, words: Int)) -> Bool {
        name.count > limit.characters || name.split(whereSeparator: \.isWhitespace).count > limit.words
    }

    /// A starter template rendered as plain text.
    static func render(_ template: String, _ context: [String: Any]) -> String {
        // The starter files are the bundled theme's own, tested by `safersite init`'s tests: one
        // that does not parse is a fault of the program, not of the user's input.
        guard let compiled = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + template) else {
            preconditionFailure("the bundled theme's starter template does not parse")
        }
        return compiled.render(context)
    }
}
