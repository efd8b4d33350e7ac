import Foundation
import Testing
import TsujiText

/// JSONWriter: its byte-level escaping against RFC 8259 and a JSON parser, and the framing of
/// objects and arrays, byte for byte.
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

    @Test func lineSeparatorsVerbatimKeepsOtherEscapes() {
        // `tsuji romanize --format json` writes U+2028/U+2029 as they are, and escapes the rest alike.
        #expect(JSONWriter.quoted("a\u{2028}b\u{2029}\"\\\n\u{1}", lineSeparators: .verbatim)
            == "\"a\u{2028}b\u{2029}\\\"\\\\\\n\\u0001\"")
        var json = JSONWriter(lineSeparators: .verbatim)
        json.string(nil, "\u{2029}")
        #expect(json.output == "\"\u{2029}\"")
    }

    @Test func framesObjectsAndArraysWithCommas() {
        var json = JSONWriter()
        json.beginObject()
        json.string("format", "x/1")
        json.number("n", -12)
        json.bool("yes", true)
        json.bool("no", false)
        json.null("none")
        json.string("skipped", ifPresent: nil)
        json.string("kept", ifPresent: "k")
        json.strings("empty", [])
        json.strings("list", ["a", "\"b\""])
        json.beginArray(key: "rows")
        json.beginObject()
        json.endObject()
        json.beginArray()
        json.number(nil, 1)
        json.number(nil, 2)
        json.endArray()
        json.endArray()
        json.raw(key: "raw", "[1,2]")
        json.endObject()
        #expect(json.output == #"{"format":"x/1","n":-12,"yes":true,"no":false,"none":null,"kept":"k","empty":[],"list":["a","\"b\""],"rows":[{},[1,2]],"raw":[1,2]}"#)
    }

    @Test func takingOutputKeepsThePlace() {
        var json = JSONWriter()
        json.beginArray()
        json.string(nil, "a")
        #expect(json.takeOutput() == #"["a""#)
        json.string(nil, "b")
        #expect(json.takeBytes() == Array(#","b""#.utf8))
        json.endArray()
        #expect(json.output == "]")
    }
}
