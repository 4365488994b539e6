import Diagnostics
import DataTables
import FrontMatter

/// The front matter of a page, with the keys SaferSite knows checked and typed.
package struct PageMetadata: Sendable, Equatable {
    /// The page's title.
    package var title: String
    /// One sentence about the page, shown in listings and as its meta description.
    package var summary: String?
    /// When an update was published.
    package var date: FrontMatterDate?
    /// When the page's facts were last checked.
    package var lastReviewed: FrontMatterDate?
    /// When the page must be checked again.
    package var reviewBy: FrontMatterDate?
    /// Order in listings and menus, lowest first.
    package var weight: Int?
    /// The template to render the page with.
    package var layout: String?
    /// Replaces the last part of the URL.
    package var slug: String?
    /// The whole URL path.
    package var url: String?
    /// Left out of the build unless drafts are asked for.
    package var draft: Bool
    /// Whether to show a contents list built from the page's headings.
    package var tableOfContents: Bool
    /// Topic names.
    package var topics: [String]
    /// The district the page belongs to.
    package var district: String?
    /// The period the page describes, e.g. `2015-16` (`describes:`); the theme then shows the
    /// history banner.
    package var describes: String?
    /// The ids of the source documents the page rests on (`sources:`), as listed in `_site.yaml`.
    package var sources: [String] = []
    /// The first day the page is published (`publish_date`); until then it is left out.
    package var publishDate: FrontMatterDate?
    /// The last day the page is published (`expiry_date`); after it the page is left out.
    package var expiryDate: FrontMatterDate?
    /// Earlier addresses of the page (`/old/address/`), each given a page that sends readers on.
    package var aliases: [String] = []
    /// Whether a section page lists the pages in its section below its text (`listing:`, true
    /// unless set to false, e.g. when the page's own text lists them already).
    package var showsListing = true
    /// The heading over a section page's listing (`listing_heading:`), when it has one.
    package var listingHeading: String?
    /// Key figures shown as large numbers (`figures:`), read exactly as data tables' are.
    package var figures: [KeyFigure] = []
    /// The picture shown when the page is shared (`image:` and `image_alt:`).
    package var shareImage: ShareImageRequest?
    /// Every front matter entry as written, known keys included, for templates and later stages.
    package var entries: [FrontMatterEntry]

    /// Creates metadata with a title and nothing else set.
    package init(title: String, entries: [FrontMatterEntry] = []) {
        self.title = title
        self.draft = false
        self.tableOfContents = false
        self.topics = []
        self.entries = entries
    }

    /// The entry for a key, when the page has it.
    package func entry(_ key: String) -> FrontMatterEntry? {
        entries.first { $0.key == key }
    }
}

/// A picture named for share cards (`image:` in front matter, `share_image:` in `_site.yaml`), as written.
package struct ShareImageRequest: Sendable, Hashable {
    /// The path as written: relative to the page's file, or to `content/` in the settings.
    package var path: String
    /// What it shows, for people who cannot see it (`image_alt:`, `share_image_alt:`).
    package var alt: String?
    /// Where the path is written.
    package var location: SourceLocation
}
