import Foundation
import Testing
import TsujiText

/// What `-o` does to what is already there (issue 22, rows 2 and 6): a regular file is replaced
/// atomically and keeps its mode; a symbolic link stays a link and the file it points at gets
/// the contents; a device or FIFO is written directly, never renamed over; `/dev/full` is an
/// error.
@Suite struct AtomicFileTests {
    /// A fresh folder under the system temporary folder, removed by `remove()`.
    struct Folder {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-atomic-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        func remove() { try? FileManager.default.removeItem(atPath: path) }
        func at(_ name: String) -> String { "\(path)/\(name)" }
        func write(_ name: String, _ text: String, mode: mode_t = 0o644) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: at(name)))
            chmod(at(name), mode)
        }
        func read(_ name: String) throws -> String { String(decoding: try Data(contentsOf: URL(fileURLWithPath: at(name))), as: UTF8.self) }
        /// Temporary files left in the folder (or a subfolder).
        func leftovers(_ subfolder: String = "") -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: at(subfolder))) ?? []).filter { $0.contains(".tmp-") }
        }
    }

    /// The file type bits of `path` itself (not following a link), or nil when it is missing.
    static func type(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    /// This process's umask, read without changing it.
    static var umask: mode_t {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { mode_t($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
    }

    static func makeNode(_ path: String, major: Int, minor: Int) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/mknod")
        process.arguments = [path, "c", String(major), String(minor)]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "mknod \(path) c \(major) \(minor)")
    }

    @Test func aSymbolicLinkStaysALinkAndTheFileItPointsAtGetsTheContents() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.at("data"), withIntermediateDirectories: true)
        try folder.write("data/real.txt", "old\n", mode: 0o640)
        // A chain: out.txt → links/via.txt → ../data/real.txt, each relative to its own folder.
        try FileManager.default.createDirectory(atPath: folder.at("links"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.at("links/via.txt"), withDestinationPath: "../data/real.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.at("out.txt"), withDestinationPath: "links/via.txt")

        try AtomicFile.write("new contents\n", to: folder.at("out.txt"))

        #expect(Self.type(folder.at("out.txt")) == S_IFLNK)
        #expect(Self.type(folder.at("links/via.txt")) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.at("out.txt")) == "links/via.txt")
        #expect(try folder.read("data/real.txt") == "new contents\n")
        #expect(Self.type(folder.at("data/real.txt")) == S_IFREG)
        #expect(Self.mode(folder.at("data/real.txt")) == 0o640)
        #expect(folder.leftovers().isEmpty && folder.leftovers("data").isEmpty && folder.leftovers("links").isEmpty)
    }

    @Test func aLinkToNothingCreatesTheFileItNames() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.at("out.txt"), withDestinationPath: "made.txt")
        try AtomicFile.write("made\n", to: folder.at("out.txt"))
        #expect(Self.type(folder.at("out.txt")) == S_IFLNK)
        #expect(try folder.read("made.txt") == "made\n")
    }

    @Test func aRegularFileKeepsItsModeAndANewFileFollowsTheUmask() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("secret.tsv", "old\n", mode: 0o600)
        let writer = try AtomicFile.Writer(path: folder.at("secret.tsv"))
        try writer.write("new\n")
        // On the way, the new contents are no more readable than the file they replace.
        let temporary = try #require(folder.leftovers().first)
        #expect(Self.mode(folder.at(temporary)) & 0o077 == 0, "\(String(Self.mode(folder.at(temporary)), radix: 8))")
        try writer.commit()
        #expect(try folder.read("secret.tsv") == "new\n")
        #expect(Self.mode(folder.at("secret.tsv")) == 0o600)

        try folder.write("shared.tsv", "old\n", mode: 0o664)
        try AtomicFile.write("new\n", to: folder.at("shared.tsv"))
        #expect(Self.mode(folder.at("shared.tsv")) == 0o664)

        try AtomicFile.write("new\n", to: folder.at("fresh.tsv"))
        #expect(Self.mode(folder.at("fresh.tsv")) == 0o666 & ~Self.umask)
        #expect(folder.leftovers().isEmpty)
    }

    @Test func aFIFOIsWrittenDirectlyAndStaysAFIFO() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try #require(mkfifo(folder.at("pipe"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.at("link"), withDestinationPath: "pipe")
        for name in ["pipe", "link"] {
            // A reader that does not wait for a writer, so that nothing blocks if none comes.
            let reader = open(folder.at("pipe"), O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            try AtomicFile.write("through the pipe\n", to: folder.at(name))
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                received += buffer[..<count]
            }
            #expect(String(decoding: received, as: UTF8.self) == "through the pipe\n", "\(name)")
            #expect(Self.type(folder.at("pipe")) == S_IFIFO, "\(name)")
            #expect(Self.type(folder.at("link")) == S_IFLNK, "\(name)")
            #expect(folder.leftovers().isEmpty, "\(name)")
        }
    }

    @Test(.enabled(if: getuid() == 0, "making a device node (mknod) needs root; as anyone else tsuji cannot replace one either"))
    func aDeviceIsWrittenDirectlyAndStaysADevice() throws {
        let folder = try Folder()
        defer { folder.remove() }
        // A null device of the test's own (char 1,3, as /dev/null), so that the machine's is
        // never at stake.
        try Self.makeNode(folder.at("null"), major: 1, minor: 3)
        try AtomicFile.write("discarded\n", to: folder.at("null"))
        #expect(Self.type(folder.at("null")) == S_IFCHR)
        var status = stat()
        #expect(stat(folder.at("null"), &status) == 0 && status.st_size == 0)
        #expect(folder.leftovers().isEmpty)
    }

    /// `/dev/full` (as root a node of the test's own, char 1,7, so that an old build could not
    /// replace the machine's): every write fails with ENOSPC, which is an error.
    @Test func aFullDeviceIsAnError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let full: String
        if getuid() == 0 {
            full = folder.at("full")
            try Self.makeNode(full, major: 1, minor: 7)
        } else {
            full = "/dev/full"
            try #require(Self.type(full) == S_IFCHR, "no /dev/full here")
        }
        #expect {
            try AtomicFile.write("nowhere to go\n", to: full)
        } throws: { error in
            guard case .ioError(let path, let reason) = error as? AtomicFile.WriteError else { return false }
            return path == full && reason == String(cString: strerror(ENOSPC))
        }
        #expect(Self.type(full) == S_IFCHR)
        #expect(folder.leftovers().isEmpty)
    }

    @Test func aFolderIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        #expect {
            try AtomicFile.write("x", to: folder.path)
        } throws: { error in
            (error as? AtomicFile.WriteError)?.description == "cannot create \(folder.path): it is a folder"
        }
    }
}
