import ArgumentParser
import SaferSiteKit

/// `--base-url URL`: the address the site will be published at, in place of `_site.yaml`'s
/// `base_url`, refused before the build starts when it could not work (`BaseURLProblem`).
struct BaseURLOption: ParsableArguments {
    @Option(name: .customLong("base-url"), help: "The address the site will be published at, e.g. https://www.example.gov.uk/ or, under a path, https://www.example.gov.uk/community-safety/.")
    var value: String?

    func validate() throws {
        if let value, let problem = BaseURLProblem(baseURL: value) {
            throw ValidationError("--base-url: \(problem.message); \(problem.hint)")
        }
    }
}
