import Foundation
import SaferSiteKit
import Testing

/// public/ is at every moment either the complete old site or the complete new one, however the
/// build ends; and two builds at once never write the same output.
@Suite("atomic output", .serialized)
struct AtomicOutputTests {
    /// How many times the kill test stops a build with SIGKILL.
    static let kills = 20

    /// Memory-backed when the machine has it: creating and deleting thousands of files on a disk
    /// is mostly waiting for the disk, which would make the kill test take minutes.
    static let fastFolder: URL? = FileManager.default.isWritableFile(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : nil

    /// A site of `count` pages in 20 sections, every page saying which version it is. A thousand
    /// pages take the debug build about half a second: long enough to kill it at any stage.
    static func bigSite(pages count: Int = 1_000) throws -> HostileSite {
        let site = try HostileSite(in: fastFolder)
        try writeVersion("one", of: site, pages: count)
        return site
    }

    static func writeVersion(_ version: String, of site: HostileSite, pages count: Int = 1_000) throws {
        try site.write("index.md", HostileSite.page(title: "Home", body: "Version \(version)."))
        for number in 0..<count {
            let section = "section-\(number % 20)"
            if number < 20 { try site.write("\(section)/_index.md", HostileSite.page(title: "Section \(number)", body: "Version \(version).")) }
            try site.write("\(section)/page-\(number).md", HostileSite.page(
                title: "Page \(number)", body: "## Version \(version)\n\nPage \(number) of the site, version \(version).\n\n- one\n- two\n"))
        }
    }

    /// A hash of every path and every byte under a folder (stable within one test run), with the
    /// file count; quicker than `CLI.tree` for the thousand-file sites here.
    static func digest(_ folder: URL) -> (hash: Int, files: Int) {
        var hasher = Hasher()
        var files = 0
        var pending = [""]
        let manager = FileManager.default
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
            for name in ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted() {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: folder.path + "/" + child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    pending.append(child)
                } else {
                    hasher.combine(child)
                    // Every byte: Data's own hash looks only at the first few.
                    let data = manager.contents(atPath: folder.path + "/" + child) ?? Data()
                    hasher.combine(data.count)
                    data.withUnsafeBytes { hasher.combine(bytes: $0) }
                    files += 1
                }
            }
        }
        return (hasher.finalize(), files)
    }

    /// The staging folders a build leaves beside public/ while it writes.
    static func stagingFolders(_ site: HostileSite) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? []).filter { $0.hasPrefix(".public.staging-") }
    }

    @Test("SIGKILL at random moments leaves public/ the complete old site or the complete new one")
    func killedBuildLeavesOldOrNewSite() throws {
        let site = try Self.bigSite()
        defer { site.remove() }
        let manager = FileManager.default
        let first = try site.build()
        #expect(first.status == 0, "\(first.stderr)")
        let oldTree = Self.digest(site.output)
        #expect(oldTree.files > 1_000)
        let savedOld = site.work.appendingPathComponent("old-public")
        try manager.copyItem(at: site.output, to: savedOld)

        try Self.writeVersion("two", of: site)
        let reference = site.work.appendingPathComponent("new-public")
        let second = try CLI.runMeasured(["build", "--source", site.root.path, "--theme", HostileSite.theme.path, "--output", reference.path])
        #expect(second.status == 0, "\(second.stderr)")
        let newTree = Self.digest(reference)
        #expect(newTree != oldTree)
        let duration = second.seconds

        var outcomes: [String: Int] = [:]
        var killedWhileWriting = 0
        var outcome = "old"
        for attempt in 0..<Self.kills {
            if outcome != "old" {
                try manager.removeItem(at: site.output)
                try manager.copyItem(at: savedOld, to: site.output)
            }
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["build", "--source", site.root.path, "--theme", HostileSite.theme.path, "--output", site.output.path, "-q"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let started = Date()
            // Killed builds leave their staging folders behind: watch for this build's own.
            let staging = site.root.appendingPathComponent(".public.staging-\(process.processIdentifier)").path
            let writing = { FileManager.default.fileExists(atPath: staging) }
            // Half the kills at any moment of the build, half once it has started writing.
            if attempt % 2 == 0 {
                usleep(UInt32(Double.random(in: 0...(duration * 1.5)) * 1_000_000))
            } else {
                while process.isRunning && !writing() && Date().timeIntervalSince(started) < duration * 3 { usleep(200) }
                usleep(UInt32(Double.random(in: 0...(duration * 0.05)) * 1_000_000))
            }
            if writing() && process.isRunning { killedWhileWriting += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let tree = Self.digest(site.output)
            outcome = tree == oldTree ? "old" : tree == newTree ? "new" : "mixed"
            outcomes[outcome, default: 0] += 1
            #expect(outcome != "mixed", "attempt \(attempt): public/ holds \(tree.files) files, neither the old nor the new site")
        }
        #expect(killedWhileWriting >= Self.kills / 4, "only \(killedWhileWriting) kills landed while files were being written: \(outcomes)")
        // The next build clears what killed builds left behind.
        let last = try site.build()
        #expect(last.status == 0, "\(last.stderr)")
        #expect(Self.digest(site.output) == newTree)
        #expect(Self.stagingFolders(site).isEmpty)
        print("kill test: \(Self.kills) kills, \(killedWhileWriting) while writing, public/ afterwards: \(outcomes)")
    }

    /// A read-only disk is simulated with a read-only tmpfs, which only root may mount: without
    /// root the test says so and stops rather than passing.
    @Test("an output folder on a read-only disk is an error saying so, not that another build holds the lock",
          .enabled(if: getuid() == 0, "mounting a read-only file system needs root (CI runs as root)"))
    func readOnlyOutput() throws {
        let site = try HostileSite()
        defer { site.remove() }
        let mount = site.root.appendingPathComponent("readonly")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        func system(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        try #require(try system(["/bin/mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mount.path]) == 0, "could not mount a read-only tmpfs")
        defer { _ = try? system(["/bin/umount", mount.path]) }
        let result = try CLI.run(["build", "--source", site.root.path, "--theme", HostileSite.theme.path,
                                  "--output", mount.appendingPathComponent("public").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Read-only file system"), "\(result.stderr)")
        #expect(!result.stderr.contains("another build is writing"))
    }

    @Test("a build that finds another holding the lock stops with exit code 2 and a clear message")
    func lockedOutputGivesExitCode2() throws {
        let site = try HostileSite()
        defer { site.remove() }
        let first = try site.build()
        #expect(first.status == 0, "\(first.stderr)")
        let before = CLI.tree(site.output)
        try site.write("index.md", HostileSite.page(title: "Home", body: "Changed."))
        let lockPath = site.root.appendingPathComponent(".public.lock").path
        let descriptor = open(lockPath, O_CREAT | O_RDWR, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let locked = try site.build()
        flock(descriptor, LOCK_UN)
        close(descriptor)
        #expect(locked.status == 2)
        #expect(locked.stderr.contains("error: " + OutputError.locked(lockPath).description), "\(locked.stderr)")
        #expect(CLI.tree(site.output) == before)
        let after = try site.build()
        #expect(after.status == 0, "\(after.stderr)")
    }

    @Test("two builds started at once: each finishes or stops with exit code 2, and public/ is complete")
    func concurrentBuilds() throws {
        let site = try Self.bigSite(pages: 500)
        defer { site.remove() }
        var sawLock = false
        for round in 0..<3 {
            try Self.writeVersion("round \(round)", of: site, pages: 500)
            let arguments = ["build", "--source", site.root.path, "--theme", HostileSite.theme.path, "--output", site.output.path]
            let results = try [0, 1].map { _ in
                let process = Process()
                process.executableURL = CLI.executable
                process.arguments = arguments
                let err = Pipe()
                process.standardOutput = FileHandle.nullDevice
                process.standardError = err
                try process.run()
                return (process, err)
            }.map { process, err in
                let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                return (process.terminationStatus, text)
            }
            for (status, stderr) in results {
                #expect(status == 0 || status == 2, "\(stderr)")
                if status == 2 {
                    sawLock = true
                    #expect(stderr.contains("another build is writing this site right now"), "\(stderr)")
                }
            }
            #expect(results.contains { $0.0 == 0 })
            let published = CLI.tree(site.output)
            #expect(String(decoding: published["section-0/page-0/index.html"] ?? Data(), as: UTF8.self).contains("version round \(round)"))
            #expect(String(decoding: published["section-19/page-499/index.html"] ?? Data(), as: UTF8.self).contains("version round \(round)"))
        }
        // Not guaranteed (the two may not overlap), so recorded rather than required.
        if !sawLock { print("note: the two builds never overlapped in their write stage") }
    }
}
