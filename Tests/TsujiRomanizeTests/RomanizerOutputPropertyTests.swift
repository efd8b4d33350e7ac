import Testing
import TsujiText
@testable import TsujiRomanize

/// `HanziFallback.pinyin` and the romanizer's joining build their output as UTF-8 bytes and
/// make a String once, so that a long run of Han characters costs linear time (issue 22, row 8:
/// appending to a `String.UnicodeScalarView` copied it each time; 128,000 kanji took 11 s).
/// The output must be exactly what the simple scalar-view code made, on any input.
@Suite struct RomanizerOutputPropertyTests {
    /// A small seeded generator (SplitMix64), so that a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Han characters (with and without a reading, and 々), kana, Latin, digits, punctuation,
    /// spaces, the katakana middle dot, a combining mark and an emoji.
    static let pieces: [String] = [
        "中", "国", "騰", "訊", "绿", "女", "儿", "々", "〆", "𠮷", "\u{3400}", "と", "う", "き", "ょ", "ア", "リ", "バ", "ー", "ン",
        "a", "Z", "7", "２", "、", "。", " ", "・", "(", "e\u{301}", "👍", "\n",
    ]

    static func text(_ rng: inout Generator, length: Int) -> String {
        (0..<length).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// `HanziFallback.pinyin` as it was first written, on a scalar view.
    static func referencePinyin(_ hanzi: String) -> String {
        var out = String.UnicodeScalarView()
        var lastReading: String?
        var lastWasReading = false
        for scalar in hanzi.unicodeScalars {
            let reading: String?
            if scalar == "々" {
                reading = lastReading
            } else if ScriptRuns.scriptClass(of: scalar) == .han {
                reading = HanziFallback.reading(scalar)
            } else {
                reading = nil
            }
            if let reading {
                if let last = out.last, last.properties.isAlphabetic || last.properties.numericType != nil { out.append(" ") }
                out.append(contentsOf: reading.unicodeScalars)
                lastReading = reading
                lastWasReading = true
            } else {
                if lastWasReading, scalar.properties.isAlphabetic || scalar.properties.numericType != nil { out.append(" ") }
                out.append(scalar)
                lastReading = nil
                lastWasReading = false
            }
        }
        return String(out)
    }

    /// The romanizer's joining of segments as it was first written, on a scalar view.
    static func referenceJoin(_ segments: [Romanizer.Segment]) -> String {
        func isWord(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        var output = String.UnicodeScalarView()
        var previous: Romanizer.Segment?
        for segment in segments {
            if let previous, let last = output.last, let first = segment.output.unicodeScalars.first,
                previous.source != .unchanged || segment.source != .unchanged, isWord(last), isWord(first)
            {
                output.append(" ")
            }
            output.append(contentsOf: segment.output.unicodeScalars)
            previous = segment
        }
        return String(output)
    }

    /// A few dictionary words, so that dictionary segments meet fallback ones.
    static let words: Romanizer.WordPinyin = { word in
        ["中国": "Zhōngguó", "騰訊": "Téngxùn", "国": "guó", "女儿": "nǚ'ér"][word]
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func outputEqualsTheScalarViewCode(seed: UInt64) {
        var rng = Generator(state: seed)
        let romanizers = [
            Romanizer(), Romanizer(wordPinyin: Self.words), Romanizer(pinyinStyle: .numbered, wordPinyin: Self.words),
            Romanizer(system: .pinyin, pinyinStyle: .toneless), Romanizer(system: .hepburn),
        ]
        for _ in 0..<150 {
            let text = Self.text(&rng, length: Int.random(in: 0...40, using: &rng))
            #expect(HanziFallback.pinyin(text) == Self.referencePinyin(text), "\(text.debugDescription)")
            let scalars = Array(text.unicodeScalars)
            for romanizer in romanizers {
                let result = romanizer.romanize(text)
                #expect(result.output == Self.referenceJoin(result.segments), "\(text.debugDescription)")
                for segment in result.segments where segment.source == .unchanged {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[segment.range])
                    #expect(segment.output == String(slice), "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func aLongRunEqualsTheScalarViewCode() {
        let run = String(repeating: "騰", count: 3000) + "2026年" + String(repeating: "訊々", count: 1000) + "テンセント"
        #expect(HanziFallback.pinyin(run) == Self.referencePinyin(run))
        for romanizer in [Romanizer(), Romanizer(wordPinyin: Self.words)] {
            let result = romanizer.romanize(run)
            #expect(result.output == Self.referenceJoin(result.segments))
        }
    }
}
