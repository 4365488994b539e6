/// The output folder's messages, for the person running the build.
public enum OutputMessages {
    /// A path listed under `keep_in_output` that the new site makes too.
    public static func keptAndMade(_ path: String, output: String) -> String {
        "'\(path)' is listed under 'keep_in_output', but the site also makes \(output)/\(path); a build cannot both keep the old one and write the new one"
    }

    /// How to settle which of the two is wanted.
    public static func keptAndMadeHint(_ path: String) -> String {
        "take '\(path)' out of 'keep_in_output' to publish the site's own, or remove the file the site makes at that path to keep the old one"
    }
}
