import ArgumentParser
import Foundation
import FrontMatter
import SaferSiteKit

/// The hidden `--today YYYY-MM-DD` option (or `SAFERSITE_TODAY`), so review dates and new pages
/// can be checked against a fixed day in tests; the real date in the UK otherwise.
struct TodayOption: ParsableArguments {
    /// The environment variable read when `--today` is not given.
    static let environmentKey = "SAFERSITE_TODAY"

    @Option(name: .customLong("today"), help: .hidden)
    var text: String?

    func validate() throws {
        _ = try resolved()
    }

    /// The day to use.
    func resolved() throws -> FrontMatterDate {
        if let text {
            guard let day = FrontMatterDate(day: text) else { throw ValidationError("--today must be a date written YYYY-MM-DD, such as 2026-11-22") }
            return day
        }
        if let text = ProcessInfo.processInfo.environment[Self.environmentKey], !text.isEmpty {
            guard let day = FrontMatterDate(day: text) else { throw ValidationError("\(Self.environmentKey) must be a date written YYYY-MM-DD, such as 2026-11-22") }
            return day
        }
        return .today()
    }
}
