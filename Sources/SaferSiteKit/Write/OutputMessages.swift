/// The output folder's messages, for the person running the build.
package enum OutputMessages {
    /// A path listed under `keep_in_output` that the new site makes too.
    package static func keptAndMade(_ path: String, made: String) -> String {
        "'\(path)' is listed under 'keep_in_output', but the site also makes \(made); a build cannot both keep the old one and write the new one"
    }

    /// How to settle which of the two is wanted.
    package static func keptAndMadeHint(_ path: String) -> String {
        "take '\(path)' out of 'keep_in_output' to publish the site's own, or remove the file the site makes at that path to keep the old one"
    }
}
