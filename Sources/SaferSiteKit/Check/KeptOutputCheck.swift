import Diagnostics

/// Paths the settings keep in the output folder (`keep_in_output`) that the site makes too: a
/// build cannot both keep the old file and write the new one.
struct KeptOutputCheck: Sendable {
    /// One error at each such entry in the settings, naming a file the site makes there.
    func check(_ site: Site, extraFiles: ExtraFiles) -> [Diagnostic] {
        guard !site.settings.keptInOutput.isEmpty else { return [] }
        var made = Set(extraFiles.all.map(\.path))
        for index in site.pages.indices {
            let pagination = site.pagination(forPage: index)
            for number in 1...pagination.pageCount {
                made.insert(pagination.outputPath(number, first: site.pages[index].outputPath))
            }
        }
        return site.settings.keptInOutput.compactMap { entry in
            guard let clash = made.sorted().first(where: { $0 == entry.path || $0.hasPrefix(entry.path + "/") || entry.path.hasPrefix($0 + "/") })
            else { return nil }
            return .error(OutputMessages.keptAndMade(entry.path, made: clash), at: entry.location,
                          hint: OutputMessages.keptAndMadeHint(entry.path), code: "settings")
        }
    }
}
