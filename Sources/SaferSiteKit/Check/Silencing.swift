import Diagnostics

/// Removes the findings that silences cover, and reports silences that covered nothing, so a
/// silence is taken out once the page no longer needs it.
struct Silencing: Sendable {
    /// The silences in force.
    let silences: [Silence]

    /// The findings no silence covers, in order.
    func kept(_ findings: [Diagnostic]) -> [Diagnostic] {
        silences.isEmpty ? findings : findings.filter { finding in !silences.contains { covers($0, finding) } }
    }

    /// For each silence, whether it covers one of `findings`.
    func used(by findings: [Diagnostic]) -> [Bool] {
        silences.map { silence in findings.contains { covers(silence, $0) } }
    }

    /// Pages' own content-check findings with the silences applied, and a warning for each
    /// silence that covered none of them nor any of the site rules' findings (`usedByRules`, one
    /// for each silence).
    func applied(to findings: [Diagnostic], usedByRules: [Bool]) -> [Diagnostic] {
        kept(findings) + unusedWarnings(used: zip(used(by: findings), usedByRules).map { $0 || $1 })
    }

    /// A warning for each silence that `used` (from `used(by:)`) says covered nothing.
    func unusedWarnings(used: [Bool]) -> [Diagnostic] {
        zip(silences, used).filter { !$0.1 }.map { silence, _ in
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
