/// Text put into a command a hint asks people to paste into a terminal.
package enum ShellText {
    /// `value` as one shell word, in single quotes (a `'` inside becomes `'\''`), so spaces,
    /// quotes and `$` in a name or path reach the command as written.
    package static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
