/// The stages of a build, in order, for progress reports (`[3/7] assemble`).
public enum BuildStage: Int, Sendable, CaseIterable, CustomStringConvertible {
    case load = 1, parse, assemble, markdown, check, render, write

    public var description: String {
        switch self {
        case .load: "load"
        case .parse: "parse"
        case .assemble: "assemble"
        case .markdown: "markdown"
        case .check: "check"
        case .render: "render"
        case .write: "write"
        }
    }
}
