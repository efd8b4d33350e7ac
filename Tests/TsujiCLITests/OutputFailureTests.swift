import Foundation
import Testing

/// Output that cannot be written, or stops being written: `-o` to a place that cannot be
/// created (73), a write that fails half-way (74) or a process killed half-way (the old file is
/// left as it was), and standard output closed or full.
@Suite struct OutputFailureTests {
    static let previous = "the previous contents, which must survive\n"

    /// An article long enough to be annotated and written in several pieces.
    static func longArticle(bytes: Int = 400_000) -> String {
        var article = ""
        var number = 0
        while article.utf8.count < bytes {
            number += 1
            article += "第\(number)段落。中国の春節に、テンセントは紅包を配った。" + String(repeating: "長い文が続く。", count: 60) + "\n\n"
        }
        return article
    }

    @Test func outputIntoAMissingFolderOrOntoAFolderIsExit73() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        let missing = try workspace.tsuji(["annotate", "-o", "no/such/folder/out.txt"], stdin: "中国\n")
        #expect(missing.status == 73)
        #expect(missing.stderr.contains("cannot create no/such/folder/out.txt: No such file or directory"), "\(missing.stderr)")
        try FileManager.default.createDirectory(atPath: workspace.path("folder"), withIntermediateDirectories: true)
        let folder = try workspace.tsuji(["annotate", "--format", "html", "-o", "folder"], stdin: "中国\n")
        #expect(folder.status == 73)
        #expect(folder.stderr.contains("cannot create folder: it is a folder"), "\(folder.stderr)")
        let glossary = try workspace.tsuji(["glossary", "-o", "no/such/folder/g.tsv"], stdin: "中国\n")
        #expect(glossary.status == 73, "\(glossary.stderr)")
    }

    @Test(.enabled(if: Privileges.canDrop, "needs a non-root user or setpriv"))
    func outputIntoAnUnwritableFolderIsExit73() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("locked/out.txt", Self.previous)
        chmod(workspace.path("locked"), 0o555)
        let result = try workspace.unprivileged(["annotate", "-o", "locked/out.txt"], stdin: "中国\n")
        #expect(result.status == 73)
        #expect(result.stderr.contains("cannot create locked/out.txt: Permission denied"), "\(result.stderr)")
        #expect(try workspace.read("locked/out.txt") == Array(Self.previous.utf8))
    }

    @Test(.disabled(if: Sanitizers.thread, "ThreadSanitizer's runtime cannot start under ulimit -f"),
          arguments: ["text", "json", "html", "markdown"])
    func aWriteFailureHalfWayLeavesTheOldFileIntact(format: String) throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("article.txt", Self.longArticle())
        try workspace.write("out.txt", Self.previous)
        // A file-size limit of 64 blocks: the output (hundreds of KB) fails part-way, as on a
        // full disk. The streamed formats have written pieces of it by then.
        let result = try workspace.tsuji(["annotate", "--format", format, "-o", "out.txt", "article.txt"], shell: "ulimit -f 64")
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot write out.txt: File too large"), "\(result.stderr)")
        #expect(try workspace.read("out.txt") == Array(Self.previous.utf8))
        #expect(workspace.list(".").filter { $0.contains(".tmp") }.isEmpty, "the partial file is removed")
    }

    /// `-o` onto what is not a plain file (issue 22, row 2): a symbolic link stays a link and
    /// the file it points at gets the output, keeping its mode; the full device is exit 74 and
    /// stays a device. As root the full device is a node of the test's own (char 1,7, made with
    /// mknod), so that an old build, which renamed over its target, could not replace the
    /// machine's /dev/full.
    @Test func outputOntoALinkOrADeviceWritesThroughIt() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("real.txt", Self.previous)
        chmod(workspace.path("real.txt"), 0o600)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("out.txt"), withDestinationPath: "real.txt")
        let linked = try workspace.tsuji(["annotate", "-o", "out.txt"], stdin: "中国\n")
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("out.txt")) == "real.txt")
        #expect(String(decoding: try workspace.read("real.txt"), as: UTF8.self).hasPrefix("中国〔Zhōngguó"))
        var status = stat()
        #expect(stat(workspace.path("real.txt"), &status) == 0 && status.st_mode & 0o777 == 0o600)

        var full = "/dev/full"
        if getuid() == 0 {
            full = workspace.path("full")
            let mknod = Process()
            mknod.executableURL = URL(fileURLWithPath: "/usr/bin/mknod")
            mknod.arguments = [full, "c", "1", "7"]
            try mknod.run()
            mknod.waitUntilExit()
            try #require(mknod.terminationStatus == 0)
        }
        // (glossary without --force reads an existing target to see whether it is a glossary.)
        for command in [["annotate"], ["glossary", "--format", "tsv", "--force"]] {
            let result = try workspace.tsuji(command + ["-o", full], stdin: "中国\n")
            #expect(result.status == 74, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot write \(full): No space left on device"), "\(result.stderr)")
            #expect(lstat(full, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "\(full) is still a device")
        }
        #expect(workspace.list(".").filter { $0.contains(".tmp") }.isEmpty)
    }

    @Test func killedHalfWayLeavesTheOldFileIntact() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("out.txt", Self.previous)
        let process = Process()
        process.executableURL = TsujiProcess.executable
        process.arguments = ["annotate", "-o", "out.txt"]
        process.environment = workspace.environment
        process.currentDirectoryURL = workspace.folder
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Several pieces' worth of input, and standard input left open: tsuji annotates and
        // writes what it has, then waits for more.
        input.fileHandleForWriting.write(Data(Self.longArticle().utf8))
        var partial: String?
        let deadline = Date().addingTimeInterval(120)
        while partial == nil, Date() < deadline {
            partial = workspace.list(".").first { name in
                name.hasPrefix(".out.txt.tmp-")
                    && ((try? FileManager.default.attributesOfItem(atPath: workspace.path(name))[.size] as? Int) ?? 0) > 0
            }
            if partial == nil { usleep(50_000) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(partial != nil, "tsuji was writing its temporary file when it was killed")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try workspace.read("out.txt") == Array(Self.previous.utf8))
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("big.txt", Self.longArticle(bytes: 600_000))
        for format in ["text", "jsonl", "markdown"] {
            // `tsuji annotate big.txt | head -1`: tsuji's exit status and its messages.
            let result = try workspace.tsuji(["annotate", "--format", format, "big.txt"],
                                             launcher: ["/bin/bash", "-c", "\"$0\" \"$@\" | head -n 1 >/dev/null; exit ${PIPESTATUS[0]}"])
            #expect(result.status == 0, "\(format)")
            #expect(result.stderr.isEmpty, "\(format): \(result.stderr)")
        }
    }

    @Test func closedOrFullStandardOutputIsExit74() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        let closed = try workspace.tsuji(["annotate"], shell: "", redirections: ">&-", stdin: "中国\n")
        #expect(closed.status == 74)
        #expect(closed.stderr.contains("standard output is closed"), "\(closed.stderr)")
        let full = try workspace.tsuji(["annotate"], shell: "", redirections: ">/dev/full", stdin: "中国\n")
        #expect(full.status == 74)
        #expect(full.stderr.contains("cannot write to standard output: No space left on device"), "\(full.stderr)")
    }
}
