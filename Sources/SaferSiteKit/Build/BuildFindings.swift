/// A build's findings, in display order: those the build made, or, after a quick rebuild
/// (`QuickRebuild`), the last build's as its record keeps them (`RecordedFindings`), with each
/// redone page's own in place of its old ones. Recorded findings are counted and printed
/// straight from the record, and read back only when asked for.
public struct BuildFindings: Sendable {
    enum Part: Sendable {
        /// Findings of the last build's record, by index.
        case recorded(RecordedFindings, Range<Int>)
        case made([Diagnostic])
    }

    private(set) var parts: [Part]

    /// Findings the build made, in display order.
    public init(_ diagnostics: [Diagnostic]) {
        parts = [.made(diagnostics)]
    }

    init(parts: [Part]) {
        self.parts = parts
    }

    /// Every finding. A recorded one that cannot be read back (the record was damaged since it
    /// was checked) is an error that says how to build afresh.
    public var all: [Diagnostic] {
        if parts.count == 1, case .made(let diagnostics) = parts[0] { return diagnostics }
        return parts.flatMap { part -> [Diagnostic] in
            switch part {
            case .made(let diagnostics): return diagnostics
            case .recorded(let recorded, let range):
                guard let diagnostics = try? recorded.diagnostics(range) else {
                    return [.error("the build cache's record of the last build could not be read",
                                   at: SourceLocation(file: BuildOptions.cacheFolderName + "/" + LastBuild.fileName, line: 0, column: 0),
                                   hint: "build once with --no-cache to build everything afresh")]
                }
                return diagnostics
            }
        }
    }

    /// How many findings have the severity.
    public func count(of severity: Diagnostic.Severity) -> Int {
        parts.reduce(0) { total, part in
            switch part {
            case .made(let diagnostics): total + diagnostics.count { $0.severity == severity }
            case .recorded(let recorded, let range): total + recorded.count(of: severity, in: range)
            }
        }
    }

    /// The text the command line prints for them (`DiagnosticFormatter.formattedBytes`): without
    /// colour, the recorded findings' text as the record keeps it.
    public func formatted(useColour: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        eachPiece(useColour: useColour) { bytes += $0 }
        return bytes
    }

    /// Writes `formatted(useColour:)` to an open file (standard error), the recorded text straight
    /// from the record; whether every byte was written.
    public func write(to descriptor: Int32, useColour: Bool) -> Bool {
        var written = true
        eachPiece(useColour: useColour) { piece in
            if written { written = OutputWriter.writeAll(piece.bindMemory(to: UInt8.self), to: descriptor) }
        }
        return written
    }

    /// The text, piece by piece: without colour, each recorded part's as the record keeps it;
    /// each other part formatted.
    private func eachPiece(useColour: Bool, _ body: (UnsafeRawBufferPointer) -> Void) {
        let formatter = DiagnosticFormatter(useColour: useColour)
        guard !useColour else { return formatter.formattedBytes(all).withUnsafeBytes(body) }
        for part in parts {
            switch part {
            case .made(let diagnostics): formatter.formattedBytes(diagnostics).withUnsafeBytes(body)
            case .recorded(let recorded, let range): recorded.withText(range, body)
            }
        }
    }
}
