/// Which way a measure should move for things to be getting better.
public enum BetterDirection: String, Sendable, Hashable, CaseIterable {
    /// Fewer is better (crime, reoffending).
    case lower
    /// More is better (people in work, confidence).
    case higher
}
