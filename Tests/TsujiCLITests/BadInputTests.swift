import Foundation
import Testing

/// What `tsuji annotate` does with input that is not a well-formed UTF-8 article: each case
/// names the exit code (sysexits) and the message it must give. The embedded dictionary alone
/// is used; 中国 and 春節 are among its curated terms.
@Suite struct BadInputTests {
    @Test func invalidUTF8IsExit65WithFileAndByteOffset() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("bad.txt", Array("中国".utf8) + [0xFF, 0xFE] + Array("春節\n".utf8))
        let result = try workspace.tsuji(["annotate", "bad.txt"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.txt: invalid UTF-8 byte sequence of 1 byte at byte offset 6"), "\(result.stderr)")
        #expect(result.stderr.contains("--lossy"))
    }

    @Test func lossyReplacesWithU_FFFDAndWarns() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("bad.txt", Array("中国".utf8) + [0xFF, 0xFE] + Array("春節\n".utf8))
        let result = try workspace.tsuji(["annotate", "--lossy", "--format", "json", "bad.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: bad.txt: replaced 2 invalid UTF-8 sequences with U+FFFD"), "\(result.stderr)")
        // 中, 国, two U+FFFD, then 春節 at scalar offset 4.
        let terms = try annotationTerms(result.stdout)
        #expect(terms.map { $0["surface"] as? String } == ["中国", "春節"])
        #expect(terms.map { $0["start"] as? Int } == [0, 4])
        let text = try workspace.tsuji(["annotate", "--lossy", "--no-table", "bad.txt"])
        #expect(text.stdout.contains("\u{FFFD}\u{FFFD}春節"))
    }

    @Test func invalidUTF8DeepInAStreamedFileNamesTheOffsetInTheWholeFile() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        // Many paragraphs, so that annotation has written pieces before it meets the bad byte.
        let paragraph = Array(String(repeating: "中国の春節は長い。", count: 200).utf8) + Array("\n\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 600_000 { bytes += paragraph }
        let offset = bytes.count
        bytes += [0xC3, 0x28] + paragraph
        try workspace.write("big.txt", bytes)
        let result = try workspace.tsuji(["annotate", "--format", "jsonl", "big.txt"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("big.txt: invalid UTF-8 byte sequence of 1 byte at byte offset \(offset)"), "\(result.stderr)")
    }

    @Test func binaryFileIsExit65() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        // The start of a PNG file; its first NUL byte is at offset 8.
        try workspace.write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        let result = try workspace.tsuji(["annotate", "image.png"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("image.png: binary data (a NUL byte at byte offset 8), not text"), "\(result.stderr)")
    }

    @Test func emptyFileGivesEmptyOutput() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("empty.txt", [])
        let text = try workspace.tsuji(["annotate", "empty.txt"])
        #expect(text.status == 0 && text.stdout.isEmpty && text.stderr.isEmpty)
        let json = try workspace.tsuji(["annotate", "--format", "json", "empty.txt"])
        #expect(json.status == 0)
        #expect(json.stdout == #"{"format":"tsuji.annotation/1","source":"empty.txt","terms":[]}"# + "\n")
        let html = try workspace.tsuji(["annotate", "--format", "html", "empty.txt"])
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func whitespaceOnlyIsKeptAsIs() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        let blank = "  \n\n\t\r\n　\n\n"
        try workspace.write("blank.txt", blank)
        let text = try workspace.tsuji(["annotate", "blank.txt"])
        #expect(text.status == 0)
        #expect(text.stdout == blank)
        let json = try workspace.tsuji(["annotate", "--format", "json", "blank.txt"])
        #expect(try annotationTerms(json.stdout).isEmpty)
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        let article = "𠮷野家と中国の春節\n"
        let units = Array(article.utf16)
        let bytes: [UInt8] = (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
            + units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try workspace.write("utf16.txt", bytes)
        let result = try workspace.tsuji(["annotate", "--format", "json", "utf16.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        // Offsets count Unicode scalars of the decoded text: 𠮷 is one.
        let terms = try annotationTerms(result.stdout)
        #expect(terms.map { $0["surface"] as? String } == ["中国", "春節"])
        #expect(terms.map { $0["start"] as? Int } == [4, 7])
        // An odd byte count cannot be UTF-16: a clear error with the offset.
        try workspace.write("odd.txt", bytes + [0x41])
        let odd = try workspace.tsuji(["annotate", "odd.txt"])
        #expect(odd.status == 65)
        #expect(odd.stderr.contains("odd.txt: UTF-16\(littleEndian ? "LE" : "BE") input ends inside a character that starts at byte offset \(bytes.count)"), "\(odd.stderr)")
    }

    @Test func tenMegabyteSingleLine() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        // One line, no line break at all: 10 MiB of sentences, each unit ending in 中国.
        let unit = String(repeating: "あいうえお、かきくけこ。", count: 20) + "中国"
        let unitScalars = unit.unicodeScalars.count
        let count = (10 << 20) / unit.utf8.count + 1
        try workspace.write("line.txt", String(repeating: unit, count: count))
        let result = try workspace.tsuji(["annotate", "--format", "json", "line.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let terms = try annotationTerms(result.stdout)
        // Every 中国 is found where it is, whatever pieces the line was cut into.
        let china = terms.filter { $0["surface"] as? String == "中国" }
        #expect(china.count == count)
        #expect(china.map { $0["start"] as? Int ?? -1 } == (0..<count).map { $0 * unitScalars + unitScalars - 2 })
    }

    @Test func longArticlesStreamWithGlobalOffsetsAndNothingLost() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        // About 700 KB: several pieces. Paragraphs vary so that pieces end at different places.
        var article = ""
        var number = 0
        while article.utf8.count < 700_000 {
            number += 1
            article += "第\(number)段落。中国の春節に、テンセントは紅包を配った。" + String(repeating: "長い文が続く。", count: number % 37) + "\n\n"
        }
        try workspace.write("long.txt", article)
        let json = try workspace.tsuji(["annotate", "--format", "json", "long.txt"])
        #expect(json.status == 0, "\(json.stderr)")
        let scalars = Array(article.unicodeScalars)
        let terms = try annotationTerms(json.stdout)
        #expect(terms.count >= number * 3)
        var previousEnd = 0
        for term in terms {
            let start = try #require(term["start"] as? Int), end = try #require(term["end"] as? Int)
            #expect(start >= previousEnd && end <= scalars.count)
            #expect(scalarSlice(scalars, start..<end) == term["surface"] as? String)
            previousEnd = end
        }
        // The text output is the article with glosses inserted, then one table for the file.
        let text = try workspace.tsuji(["annotate", "long.txt"])
        #expect(text.status == 0)
        let parts = text.stdout.components(separatedBy: "\n── terms ──\n")
        #expect(parts.count == 2)
        var stripped = "", depth = 0
        for scalar in parts[0].unicodeScalars {
            if scalar == "〔" { depth += 1 } else if scalar == "〕" { depth -= 1 } else if depth == 0 { stripped.unicodeScalars.append(scalar) }
        }
        #expect(stripped == article)
        #expect(parts[1].contains("中国") && parts[1].contains(" \(number)\n"), "the table counts every piece")
        #expect(text.stdout.components(separatedBy: "〔Zhōngguó").count == 2, "one gloss for the first 中国 of the file")
    }

    @Test func missingFileIsExit66() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("here.txt", "中国\n")
        let result = try workspace.tsuji(["annotate", "here.txt", "missing.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("missing.txt: no such file"))
        #expect(result.stdout.isEmpty, "nothing is written when an input is missing")
        let folder = try workspace.tsuji(["annotate", "."])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains(".: is a folder, not a file"))
    }

    @Test(.enabled(if: Privileges.canDrop, "needs a non-root user or setpriv"))
    func unreadableFileIsExit66() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        let path = try workspace.write("secret.txt", "中国\n")
        chmod(path, 0o000)
        let result = try workspace.unprivileged(["annotate", "secret.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("secret.txt: cannot be read: permission denied"), "\(result.stderr)")
    }

    @Test func closedStandardInputIsExit66() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        for command in [["annotate"], ["lookup"], ["romanize"], ["glossary"]] {
            let result = try workspace.tsuji(command, shell: "", redirections: "<&-")
            #expect(result.status == 66, "\(command)")
            #expect(result.stderr.contains("<stdin>: standard input is closed"), "\(command): \(result.stderr)")
        }
        // Files named on the command line do not need standard input.
        try workspace.write("a.txt", "中国\n")
        let file = try workspace.tsuji(["annotate", "--format", "jsonl", "a.txt"], shell: "", redirections: "<&-")
        #expect(file.status == 0)
        #expect(try annotationTerms(file.stdout).count == 1)
    }

    @Test func standardInputThatStopsEarly() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        // The writer went away in the middle of 春 (E6 98 A5): the text ends inside a character.
        let cut = try workspace.tsuji(["annotate"], shell: "printf '\\344\\270\\255\\345\\233\\275\\346\\230' |")
        #expect(cut.status == 65)
        #expect(cut.stderr.contains("<stdin>: invalid UTF-8 byte sequence of 2 bytes at byte offset 6"), "\(cut.stderr)")
        // Stopping between characters is just a shorter text.
        let short = try workspace.tsuji(["annotate", "--format", "json"], shell: "printf '\\344\\270\\255\\345\\233\\275' |")
        #expect(short.status == 0)
        #expect(try annotationTerms(short.stdout).map { $0["surface"] as? String } == ["中国"])
        #expect(short.stdout.contains(#""source":"-""#))
    }
}
