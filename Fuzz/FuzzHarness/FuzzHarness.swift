/// The code paths the libFuzzer targets drive, in a library so the regression tests in
/// `Tests/SaferSiteKitTests/Hostile/` replay what the fuzzers found through exactly the same code.
///
/// Each entry takes raw bytes, as libFuzzer hands them over, and returns normally for any input:
/// a crash, a hang or a broken promise (`FuzzOracle`) is the finding.
public enum FuzzHarness {}
