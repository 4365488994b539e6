/// Which way a measure should move for things to be getting better.
public enum BetterDirection: String, Sendable, Hashable, CaseIterable {
    /// Fewer is better (crime, reoffending).
    case lower
    /// More is better (people in work, confidence).
    case higher
    /// Neither way is plainly better: more reports of a crime can mean more crime or more
    /// confidence to report it. The change is said in words but not judged.
    case neither
}
