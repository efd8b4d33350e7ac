import Foundation
import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

/// Every kind of damaged file is refused with the right error, and none makes the reader crash.
@Suite struct BadDictionaryFileTests {
    typealias L = CompiledDictionaryLayout

    func openError(_ bytes: [UInt8], name: String = "bad.tsujidic") -> DictionaryFileError? {
        do {
            _ = try CompiledDictionary(bytes: bytes, name: name)
            return nil
        } catch {
            return error
        }
    }

    func isTruncated(_ error: DictionaryFileError?) -> Bool {
        if case .truncated = error?.reason { return true }
        return false
    }

    @Test func everyTruncationIsReportedAsTruncated() throws {
        let bytes = try sampleFileBytes(randomCount: 100).bytes
        let headerLength = Int(bytes[L.headerLengthOffset]) | Int(bytes[L.headerLengthOffset + 1]) << 8
        // Every length through the header and well into the body, then a stride to the end.
        var lengths = Array(0..<min(bytes.count, headerLength + 512))
        lengths += stride(from: headerLength + 512, to: bytes.count, by: 97)
        lengths.append(bytes.count - 1)
        for length in lengths {
            let error = openError(Array(bytes.prefix(length)))
            #expect(isTruncated(error), "length \(length): \(String(describing: error))")
        }
        if case .truncated(let expected, let found)? = openError(Array(bytes.prefix(bytes.count - 8)))?.reason {
            #expect(expected == UInt64(bytes.count))
            #expect(found == UInt64(bytes.count - 8))
        }
    }

    @Test func truncatedFilesOnDiskNameTheFileAndTheRemedy() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = try sampleFileBytes(randomCount: 20).bytes
        for length in [0, 5, 8, 63, 64, 200, bytes.count / 2, bytes.count - 1] {
            let url = folder.appendingPathComponent("cut-\(length).tsujidic")
            try Data(bytes.prefix(length)).write(to: url)
            do {
                _ = try CompiledDictionary(contentsOf: url)
                Issue.record("a file cut to \(length) bytes was accepted")
            } catch {
                #expect(isTruncated(error), "length \(length)")
                #expect(error.description.hasPrefix(url.path + ": "))
                #expect(error.description.hasSuffix("run `tsuji dict install`"))
            }
        }
    }

    @Test func wrongMagicIsNotADictionary() throws {
        var bytes = try sampleFileBytes(randomCount: 5).bytes
        bytes[3] ^= 0x20
        #expect(openError(bytes)?.reason == .badMagic)
        #expect(openError(Array("hello, world: not a dictionary at all".utf8))?.reason == .badMagic)
        #expect(openError(Array("TSUJIDOC".utf8) + Array(bytes[8...]))?.reason == .badMagic)
        #expect(openError([0x54, 0x53, 0x55, 0x4A, 0x58])?.reason == .badMagic)
        let error = openError(Array("# a TSV file\n".utf8), name: "/data/terms.tsv")
        #expect(error?.description == "/data/terms.tsv: not a tsuji dictionary (it does not start with TSUJIDIC); run `tsuji dict install`")
    }

    @Test(arguments: [UInt32(0), 1, 3, 0x0100_0000, .max])
    func otherVersionsAreRefused(version: UInt32) throws {
        var bytes = try sampleFileBytes(randomCount: 5).bytes
        bytes.storeLittleEndian(version, at: L.versionOffset)
        // Resealing makes sure it is the version, not a checksum, that is refused.
        for candidate in [bytes, resealed(bytes)] {
            let error = openError(candidate)
            #expect(error?.reason == .unsupportedVersion(found: version, expected: L.formatVersion))
            #expect(error?.description.contains("version \(version) is not supported") == true)
        }
    }

    @Test func everyHeaderByteFlipIsRefused() throws {
        let bytes = try sampleFileBytes(randomCount: 30).bytes
        let headerLength = Int(bytes[L.headerLengthOffset]) | Int(bytes[L.headerLengthOffset + 1]) << 8
        var rng = SplitMix64(state: 17)
        for position in 0..<headerLength {
            for mask in [UInt8(0xFF), 1 << UInt8.random(in: 0..<8, using: &rng)] {
                var damaged = bytes
                damaged[position] ^= mask
                let error = openError(damaged)
                switch position {
                case 0..<8: #expect(error?.reason == .badMagic)
                case 8..<12: #expect(error?.reason == .unsupportedVersion(found: damaged[8...11].reversed().reduce(0) { $0 << 8 | UInt32($1) }, expected: L.formatVersion))
                default:
                    // The header checksum catches it, unless the header length itself was hit.
                    switch error?.reason {
                    case .checksumMismatch(region: "header")?: break
                    case .corrupt?, .truncated?:
                        #expect((L.headerLengthOffset..<L.headerLengthOffset + 4).contains(position), "flip at byte \(position): \(String(describing: error))")
                    default: Issue.record("flip of \(mask) at byte \(position): \(String(describing: error))")
                    }
                }
            }
        }
    }

    @Test func bodyFlipsFailVerificationAndNeverCrash() throws {
        let (bytes, _, indexes) = try sampleFileBytes(randomCount: 60)
        let headerLength = Int(bytes[L.headerLengthOffset]) | Int(bytes[L.headerLengthOffset + 1]) << 8
        let probes = indexes.values.flatMap { $0.prefix(4).map(\.key) }
        var rng = SplitMix64(state: 23)
        for round in 0..<120 {
            var damaged = bytes
            for _ in 0..<(round % 4 == 0 ? 8 : 1) {
                damaged[Int.random(in: headerLength..<bytes.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
            }
            guard damaged != bytes else { continue }
            do {
                let dictionary = try CompiledDictionary(bytes: damaged, name: "flipped")
                #expect(throws: DictionaryFileError(path: "flipped", reason: .checksumMismatch(region: "body"))) { try dictionary.verify() }
                exerciseEverything(dictionary, probes: probes)
            } catch {
                // Opening reads the trie headers, so damage there is refused at once.
                guard case .corrupt = error.reason else {
                    Issue.record("round \(round): \(error)")
                    continue
                }
            }
        }
    }

    /// Damage that passes both checksums (a resealed file) must still be caught or harmless.
    @Test func resealedDamageNeverCrashes() throws {
        let (bytes, _, indexes) = try sampleFileBytes(randomCount: 60)
        let probes = indexes.values.flatMap { $0.prefix(4).map(\.key) }
        var rng = SplitMix64(state: 29)
        var refused = 0, opened = 0
        for round in 0..<250 {
            var damaged = bytes
            let flips = round % 3 == 0 ? 20 : 1
            for _ in 0..<flips {
                let position = round % 2 == 0 ? Int.random(in: 12..<bytes.count, using: &rng) : Int.random(in: 12..<min(bytes.count, 400), using: &rng)
                damaged[position] = round % 5 == 0 ? UInt8.random(in: 0...255, using: &rng) : damaged[position] ^ (1 << UInt8.random(in: 0..<8, using: &rng))
            }
            // Sometimes chop the file and patch its length so that it looks whole.
            if round % 7 == 0 {
                damaged = Array(damaged.prefix(Int.random(in: L.fixedHeaderSize..<damaged.count, using: &rng)))
                damaged.storeLittleEndian(UInt64(damaged.count), at: L.fileLengthOffset)
            }
            do {
                let dictionary = try CompiledDictionary(bytes: resealed(damaged), name: "resealed")
                opened += 1
                exerciseEverything(dictionary, probes: probes)
            } catch {
                refused += 1
                #expect(error.description.hasSuffix("run `tsuji dict install`"))
            }
        }
        #expect(refused > 0)
        #expect(opened > 0)
    }

    @Test func randomBytesAfterAValidPrefixNeverCrash() throws {
        let bytes = try sampleFileBytes(randomCount: 10).bytes
        var rng = SplitMix64(state: 31)
        for round in 0..<300 {
            let keep = Int.random(in: 8..<min(bytes.count, 600), using: &rng)
            var damaged = Array(bytes.prefix(keep))
            damaged += (0..<Int.random(in: 0...2000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if round % 2 == 0 && damaged.count >= L.fixedHeaderSize {
                damaged.storeLittleEndian(UInt64(damaged.count), at: L.fileLengthOffset)
                damaged = resealed(damaged)
            }
            if let dictionary = try? CompiledDictionary(bytes: damaged, name: "random") {
                exerciseEverything(dictionary, probes: [[0x61], Array("通義".utf8)])
            }
        }
    }

    @Test func damagedRecordsAndPostingsAreReportedAsCorrupt() throws {
        // A file whose entry record points outside the pool, found by decoding, not by a crash.
        let entries = [Entry(id: "a", source: "s", language: .ja, kind: .word, japanese: ["語"])]
        var writer = CompiledDictionaryWriter(entries: entries, sources: [])
        try writer.addIndex(named: "surface", keys: [(Array("語".utf8), 0)])
        let bytes = try writer.serialized()
        let dictionary = try CompiledDictionary(bytes: bytes, name: "ok")
        #expect(try dictionary.entry(at: 0) == entries[0])

        let headerLength = Int(bytes[L.headerLengthOffset]) | Int(bytes[L.headerLengthOffset + 1]) << 8
        // The entries section is first in the body: its one record starts at the header's end.
        var badRecord = bytes
        badRecord.storeLittleEndian(UInt32(0xFFFF_FF00), at: headerLength)
        let damaged = try CompiledDictionary(bytes: resealed(badRecord), name: "bad-record")
        #expect {
            try damaged.entry(at: 0)
        } throws: { error in
            guard let error = error as? DictionaryFileError, case .corrupt(let detail) = error.reason else { return false }
            return detail.hasPrefix("entry 0 (record at byte \(headerLength))")
        }

        var badKind = bytes
        badKind[headerLength + 6] = 200  // the record's kind byte
        #expect(throws: DictionaryFileError(path: "bad-kind", reason: .corrupt("entry 0 (record at byte \(headerLength)): unknown kind code 200"))) {
            try CompiledDictionary(bytes: resealed(badKind), name: "bad-kind").entry(at: 0)
        }
    }

    @Test func missingOrUnreadableFilesCannotBeOpened() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for url in [folder.appendingPathComponent("missing.tsujidic"), folder] {
            do {
                _ = try CompiledDictionary(contentsOf: url)
                Issue.record("\(url.path) opened")
            } catch {
                guard case .cannotOpen = error.reason else { Issue.record("\(error)"); continue }
                #expect(error.description.hasPrefix(url.path + ": cannot open the dictionary: "))
                #expect(error.description.hasSuffix("; run `tsuji dict install`"))
            }
        }
    }

    @Test func trailingBytesAreCorrupt() throws {
        let bytes = try sampleFileBytes(randomCount: 5).bytes
        let error = openError(bytes + [0, 0, 0, 0, 0, 0, 0, 0])
        guard case .corrupt(let detail)? = error?.reason else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(detail == "8 bytes follow the end of the body at byte \(bytes.count)")
    }
}
