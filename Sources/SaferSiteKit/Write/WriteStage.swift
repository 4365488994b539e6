/// The write stage: the files beside the pages written into the staging folder, the paths the
/// settings keep copied over from the old output, then the new site put in place of the old in one
/// step (`StagedOutput.commit`).
struct WriteStage {
    /// The staging folder the render stage wrote the pages into.
    let staged: StagedOutput

    /// Writes `extraFiles`, checks that every page was written, copies the `kept` paths from the
    /// old output, and swaps the new site in. Throws, leaving the old output as it was, when
    /// anything could not be written.
    func run(pages: [StagedOutput.WrittenFile], extraFiles: [OutputFile], keeping kept: [KeptOutputPath]) throws {
        try staged.add(extraFiles)
        try staged.record(pages)
        try staged.keep(kept)
        try staged.commit()
    }

    /// The files of `extraFiles` whose paths no page file takes: a page's file wins over a theme's
    /// static file at the same path (the check stage reports every other clash).
    static func filesBeside(_ pagePaths: Set<String>, _ extraFiles: ExtraFiles) -> [OutputFile] {
        extraFiles.all.filter { !pagePaths.contains($0.path) }
    }
}
