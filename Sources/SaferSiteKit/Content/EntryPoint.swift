/// One of the few things residents come to the site for ("Report a crime or get help"), listed
/// at the top of the home page before the longer text: `entry_points` in `content/_site.yaml`.
public struct EntryPoint: Sendable, Hashable {
    /// The link: what it says and where it goes, as a menu item's.
    public var link: MenuItem
    /// A line under the link saying what is there, if any.
    public var summary: String?

    /// Creates an entry point.
    public init(link: MenuItem, summary: String? = nil) {
        self.link = link
        self.summary = summary
    }
}
