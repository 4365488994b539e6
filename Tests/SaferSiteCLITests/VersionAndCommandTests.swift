import Foundation
import Testing

/// `safersite --version`, and a mistyped command, through the real executable.
@Suite("Version and unknown commands")
struct VersionAndCommandTests {
    @Test("--version prints the release number and the commit, or says the commit is unknown")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = result.stdout.trimmingCharacters(in: .newlines)
        let pattern = #/safersite [0-9]+\.[0-9]+\.[0-9]+ \((commit [0-9a-f]{7,40}(-modified)?|unknown commit)\)/#
        #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
    }

    @Test("a mistyped command names the nearest command and lists them all, and exits 64",
          arguments: [("biuld", "build"), ("serv", "serve"), ("Check", "check"), ("nwe", "new"), ("inspcet", "inspect")])
    func mistypedCommand(_ typed: String, _ meant: String) throws {
        let result = try CLI.run([typed])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Unknown command '\(typed)'. Did you mean '\(meant)'?", "\(result.stderr)")
        let list = lines.dropFirst().first ?? ""
        #expect(list.hasPrefix("Commands: ") && list.hasSuffix(". See 'safersite --help'."), "\(result.stderr)")
        for command in ["build", "check", "new", "inspect", "serve"] {
            #expect(list.contains(" \(command),") || list.contains(" \(command)."), "\(command): \(list)")
        }
    }

    @Test("a word like no command gets the list without a guess; a control character in it is shown safely")
    func unknownCommandWithoutGuess() throws {
        let result = try CLI.run(["xyzzy\u{1B}[2J"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Unknown command 'xyzzy"), "\(result.stderr)")
        #expect(!result.stderr.contains("Did you mean"))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("Commands: build, check"))
    }

    @Test("options first still go to the default command, build; help and real commands are untouched")
    func knownWordsPass() throws {
        let missing = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: missing) }
        let build = try CLI.run(["--source", missing.appendingPathComponent("nowhere").path])
        #expect(build.status == 2, "\(build.stderr)")
        #expect(!build.stderr.contains("Unknown command"))
        let help = try CLI.run(["help", "build"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Build the site into the output folder"))
    }
}
