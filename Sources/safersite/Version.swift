import CBuildInfo

/// What `safersite --version` prints: the release number and the git commit it was built from.
enum SaferSiteVersion {
    /// The release number, kept here alone: `make dist` names the Debian package after what
    /// `safersite --version` prints.
    static let number = "0.1.0"

    /// The commit the Makefile embedded (`SAFERSITE_COMMIT`; `-modified` when the work tree had
    /// changes), or nil for a build without it.
    static var commit: String? {
        let commit = String(cString: safersite_commit())
        return commit.isEmpty ? nil : commit
    }

    /// One line: `safersite 0.1.0 (commit 82c8762abcde)`, or `(unknown commit)`.
    static var text: String {
        "safersite \(number) (\(commit.map { "commit \($0)" } ?? "unknown commit"))"
    }
}
