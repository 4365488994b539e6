import Diagnostics
import FrontMatter

/// A document a site's facts come from, listed once in `_site.yaml` under `sources:` and named
/// by its `id` in a page's `sources:` front matter.
package struct SourceDocument: Sendable, Hashable {
    /// The short name pages use, e.g. `business-plan-2015-16`.
    package var id: String
    /// The document's title, e.g. "Oxfordshire Safer Communities Partnership Business Plan 2015-16".
    package var title: String
    /// Who published it, e.g. "Oxfordshire Safer Communities Partnership".
    package var publisher: String
    /// When it was published; often only the month is known (`date: 2015-06`); nil when the
    /// document itself does not say.
    package var date: FrontMatterDate?
    /// Where it can be read, when an address is known.
    package var url: String?
    /// Where it is listed, for diagnostics.
    package var location: SourceLocation

    /// Creates a source document.
    package init(id: String, title: String, publisher: String, date: FrontMatterDate?, url: String? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.location = location
    }
}
