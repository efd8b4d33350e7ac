import Testing
@testable import TsujiDictionary
import TsujiTestSupport

/// ByteReader's own UTF-8 check accepts exactly what the standard library's validation does.
@Suite struct ByteReaderUTF8Tests {
    func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { ByteReader.isValidUTF8($0) }
    }

    func validByStandardLibrary(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test func edgesOfEachForm() {
        let cases: [([UInt8], Bool)] = [
            ([], true), (Array("紅包 hóngbāo 😀".utf8), true),
            ([0xC0, 0x80], false), ([0xC1, 0xBF], false), ([0xC2, 0x80], true),  // overlong, then U+0080
            ([0xE0, 0x9F, 0xBF], false), ([0xE0, 0xA0, 0x80], true),  // overlong, then U+0800
            ([0xED, 0x9F, 0xBF], true), ([0xED, 0xA0, 0x80], false),  // U+D7FF, then a surrogate
            ([0xF0, 0x8F, 0xBF, 0xBF], false), ([0xF0, 0x90, 0x80, 0x80], true),  // overlong, then U+10000
            ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xF4, 0x90, 0x80, 0x80], false), ([0xF5, 0x80, 0x80, 0x80], false),
            ([0xE3, 0x81], false), ([0xE3], false), ([0x80], false), ([0x61, 0xE3, 0x81, 0x41], false),
        ]
        for (bytes, expected) in cases {
            #expect(valid(bytes) == expected, "\(bytes)")
            #expect(validByStandardLibrary(bytes) == expected, "\(bytes)")
        }
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var random = SplitMix64(state: 0x5453_554A)
        // Bytes drawn mostly from lead and continuation ranges, so that many are valid.
        let pool: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var validCount = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...6, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let expected = validByStandardLibrary(bytes)
            if expected { validCount += 1 }
            #expect(valid(bytes) == expected, "\(bytes)")
        }
        #expect(validCount > 500)  // about 600 with this seed
    }
}
