import Diagnostics

/// A path in the output folder that a build keeps as it was, though the build did not make it
/// (a host's `CNAME`, `.well-known/security.txt`): listed under `keep_in_output` in
/// `content/_site.yaml`. Everything else in the output folder is replaced by each build.
package struct KeptOutputPath: Sendable, Hashable {
    /// The path inside the output folder, without a trailing `/`; a folder is kept whole.
    package var path: String
    /// Where it was listed, for diagnostics.
    package var location: SourceLocation

    /// Creates a kept path.
    package init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}
