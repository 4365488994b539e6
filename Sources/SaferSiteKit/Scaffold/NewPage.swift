/// A page `safersite new` is about to write: where, at what address, and its text.
package struct NewPage: Sendable, Hashable {
    /// The file's path relative to the source folder, e.g. `content/projects/youth-hub.md`.
    package var path: String
    /// The page's address once built, e.g. `/projects/youth-hub/`.
    package var url: String
    /// The file's text: the archetype with its placeholders filled.
    package var text: String

    /// Creates a new page.
    package init(path: String, url: String, text: String) {
        self.path = path
        self.url = url
        self.text = text
    }
}
