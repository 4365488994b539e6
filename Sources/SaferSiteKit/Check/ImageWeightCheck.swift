import Diagnostics

/// `image-weight`: a warning for each image still heavier than `image_budget_kb` (200 KB unless
/// set) at its largest published width, at the first place a page shows it, naming the file.
/// Images no page shows are not reported: no reader waits for them.
struct ImageWeightCheck {
    /// The findings; `bodies[i]` belongs to `site.pages[i]`, `weights` are the services stage's.
    func check(_ site: Site, bodies: [RenderedMarkdown], weights: [String: Int]) -> [Diagnostic] {
        let budget = site.settings.imageBudgetKB
        // Most sites have no picture over the budget: then no body need be read.
        let heavy = weights.filter { $0.value > budget * 1000 }
        guard !heavy.isEmpty else { return [] }
        var reported: Set<String> = []
        var findings: [Diagnostic] = []
        for body in bodies {
            for link in body.links where link.isImage && link.resolved.hasPrefix("/") {
                let path = String(link.resolved.dropFirst()).removingPercentEncodingSafely
                guard let image = site.images[path], let bytes = heavy[path], reported.insert(path).inserted else { continue }
                findings.append(.warning(ImageMessages.tooHeavy(path, kilobytes: (bytes + 999) / 1000, width: image.largestWidth, budget: budget),
                                         at: link.location, hint: ImageMessages.tooHeavyHint(path), code: "image-weight"))
            }
        }
        return findings
    }
}
