import Foundation
import Testing
@testable import TsujiAnnotate

/// JSONWriter's byte-level escaping against RFC 8259 and a JSON parser.
@Suite struct JSONWriterTests {
    func appended(_ text: String) -> String {
        var out: [UInt8] = Array("x".utf8)
        JSONWriter.appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func escapesWhatJSONNeeds() {
        #expect(JSONWriter.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONWriter.quoted("1\n2\r3\t4") == #""1\n2\r3\t4""#)
        // Other control characters as \u00XX in lowercase hex; DEL and ordinary text as they are.
        #expect(JSONWriter.quoted("\u{0}\u{1}\u{1F}\u{7F}") == "\"\\u0000\\u0001\\u001f\u{7F}\"")
        // U+2028 and U+2029 end a line in JavaScript; U+2027 and U+202A, with the same first
        // two bytes, do not.
        #expect(JSONWriter.quoted("a\u{2028}b\u{2029}c\u{2027}\u{202A}") == "\"a\\u2028b\\u2029c\u{2027}\u{202A}\"")
    }

    @Test func plainTextIsCopied() {
        for text in ["", "紅包", "hóngbāo", "red envelope", "ホンバオ — 紅包"] {
            #expect(JSONWriter.quoted(text) == "\"" + text + "\"")
            #expect(appended(text) == "x\"" + text + "\"")
        }
    }

    @Test func appendMatchesQuotedAndParsesBack() throws {
        let samples = ["", "\"", "\\\\", "end\u{2028}", "\u{2029}start", "tab\tin 紅包\n", "\u{E2}\u{80}", "\u{1}\u{2}"]
        for text in samples {
            #expect(appended(text) == "x" + JSONWriter.quoted(text))
            let parsed = try JSONSerialization.jsonObject(with: Data(JSONWriter.quoted(text).utf8), options: .fragmentsAllowed)
            #expect(parsed as? String == text)
        }
    }
}
