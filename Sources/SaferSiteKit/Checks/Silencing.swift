/// Removes the findings that silences cover, and reports silences that covered nothing, so a
/// silence is taken out once the page no longer needs it.
struct Silencing: Sendable {
    /// The silences in force.
    let silences: [Silence]

    /// Findings not silenced, followed by a warning for each unused silence.
    func apply(to findings: [Diagnostic]) -> [Diagnostic] {
        let kept = findings.filter { finding in !silences.contains { covers($0, finding) } }
        let unused = silences.filter { silence in !findings.contains { covers(silence, $0) } }
        return kept + unused.map { silence in
            Diagnostic(ContentCheck.silence.severity, at: silence.location, ContentCheckMessages.silenceUnused(silence.check.rawValue),
                       hint: ContentCheckMessages.silenceUnusedHint, code: ContentCheck.silence.rawValue)
        }
    }
}

// MARK: - Helpers

private extension Silencing {
    func covers(_ silence: Silence, _ finding: Diagnostic) -> Bool {
        finding.code == silence.check.rawValue && finding.location.file == silence.page
    }
}
