/// One of the few things residents come to the site for ("Report a crime or get help"), listed
/// at the top of the home page before the longer text: `entry_points` in `content/_site.yaml`.
package struct EntryPoint: Sendable, Hashable {
    /// The link: what it says and where it goes, as a menu item's.
    package var link: MenuItem
    /// A line under the link saying what is there, if any.
    package var summary: String?

    /// Creates an entry point.
    package init(link: MenuItem, summary: String? = nil) {
        self.link = link
        self.summary = summary
    }
}
