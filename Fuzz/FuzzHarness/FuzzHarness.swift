/// The code paths the libFuzzer targets drive, in a library so the regression tests in
/// `Tests/SaferSiteKitTests/Hostile/` replay what the fuzzers found through exactly the same code.
///
/// Each entry takes raw bytes, as libFuzzer hands them over, and returns the promises
/// (`FuzzOracle`) the input broke, empty for a good run. A test records them as failures; a fuzz
/// target passes them to `crash(on:)`. A crash or a hang inside the code under test is a finding
/// either way.
public enum FuzzHarness {
    /// Stops the process when `problems` is not empty: libFuzzer saves the input of a crash, so a
    /// broken promise becomes a finding in the fuzz targets.
    public static func crash(on problems: [String]) {
        precondition(problems.isEmpty, "broken promises: \(problems)")
    }
}
