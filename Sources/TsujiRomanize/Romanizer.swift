import TsujiText

/// Romanizes mixed text by script, for `tsuji romanize`: kana → Hepburn, hanzi → pinyin, and
/// everything else (Latin, digits, punctuation) unchanged.
///
/// Hanzi are read word by word through `wordPinyin` (the dictionaries, when the caller has
/// them: longest match first), and character by character through ICU's Han-Latin where no
/// word matches; those segments say `.fallback`. A Han run that holds a mark only Japanese
/// writes (々 〆 ヶ ヵ, as in 人々, 三ヶ月) is Japanese, not Chinese, and is left as it is:
/// Han-Latin never reads Japanese.
public struct Romanizer: Sendable {
    /// Which romanization to apply.
    public enum System: String, CaseIterable, Sendable {
        /// By script: kana → Hepburn, hanzi → pinyin.
        case auto
        /// Kana only; hanzi are left as they are.
        case hepburn
        /// Hanzi only; a text with no kana or hanzi is taken as pinyin and rewritten in the
        /// pinyin style (numbered CC-CEDICT pinyin → marks: "Tong1 yi4" → "Tōngyì").
        case pinyin
    }

    /// The pinyin of a written word (with tone marks, as `Pinyin.fromNumbered` gives it), or nil
    /// when the word is not known.
    public typealias WordPinyin = @Sendable (String) -> String?

    /// A stretch of the input and what it became.
    public struct Segment: Sendable, Equatable {
        /// How a segment's output was made, so that a caller can mark per-character guesses.
        public enum Source: String, Sendable {
            /// Hepburn of kana.
            case kana
            /// Pinyin of a word that `wordPinyin` knew.
            case dictionary
            /// Per-character pinyin from Han-Latin.
            case fallback
            /// Pinyin text rewritten in another pinyin style.
            case pinyin
            /// Kept as it was.
            case unchanged
        }

        /// Unicode scalar offsets into the input, half-open.
        public let range: Range<Int>
        /// What the stretch became: romaji, pinyin in the chosen style, or the input as it was.
        public let output: String
        /// How `output` was made.
        public let source: Source
    }

    /// The romanized text and the segments it was assembled from.
    public struct Result: Sendable, Equatable {
        /// The romanized text: segment outputs, with a space between two words that would
        /// otherwise run together (東京タワー → "dōng jīng tawā").
        public let output: String
        /// The stretches of the input in order, together covering all of it.
        public let segments: [Segment]

        /// Whether any hanzi were read character by character (Han-Latin).
        public var usedFallback: Bool { segments.contains { $0.source == .fallback } }

        /// What was applied: "hepburn", "pinyin", "mixed" (both) or "none".
        public var systemUsed: String {
            let hepburn = segments.contains { $0.source == .kana }
            let pinyin = segments.contains { [.dictionary, .fallback, .pinyin].contains($0.source) }
            switch (hepburn, pinyin) {
            case (true, true): return "mixed"
            case (true, false): return "hepburn"
            case (false, true): return "pinyin"
            case (false, false): return "none"
            }
        }
    }

    /// Which scripts are romanized.
    public var system: System
    /// How kana are spelled; modified Hepburn with macrons unless the caller asks otherwise.
    public var hepburnStyle: HepburnStyle
    /// How pinyin is written, from the dictionary and from Han-Latin alike.
    public var pinyinStyle: PinyinStyle
    /// The dictionaries' pinyin of a word; nil reads every hanzi character by character, which
    /// gets polyphones wrong (行 in 銀行), so callers with dictionaries should pass it.
    public var wordPinyin: WordPinyin?
    /// The longest word, in scalars, that is looked up through `wordPinyin`.
    public var maximumWordLength = 16

    /// A romanizer for the given scripts and styles; without `wordPinyin`, hanzi are read by
    /// Han-Latin alone.
    public init(
        system: System = .auto, hepburnStyle: HepburnStyle = .modified, pinyinStyle: PinyinStyle = .marks,
        wordPinyin: WordPinyin? = nil
    ) {
        self.system = system
        self.hepburnStyle = hepburnStyle
        self.pinyinStyle = pinyinStyle
        self.wordPinyin = wordPinyin
    }

    /// Romanizes `text` one script run at a time and keeps, for each stretch, what it became and
    /// how (see `Segment.Source`).
    public func romanize(_ text: String) -> Result {
        let scalars = Array(text.unicodeScalars)
        if scalars.isEmpty { return Result(output: "", segments: []) }
        let runs = ScriptRuns.runs(scalars)
        let hasCJK = runs.contains { $0.script == .han || $0.script == .hiragana || $0.script == .katakana }
        if system == .pinyin, !hasCJK {
            return assemble([Segment(range: 0..<scalars.count, output: rewritePinyin(text), source: .pinyin)])
        }
        var segments: [Segment] = []
        for (index, run) in runs.enumerated() {
            let slice = scalars[run.range]
            switch run.script {
            case .hiragana where system != .pinyin, .katakana where system != .pinyin:
                let romaji = Hepburn.romanize(scalars: slice, style: hepburnStyle)
                segments.append(Segment(range: run.range, output: string(romaji), source: .kana))
            case .han where system != .hepburn && !Self.isJapaneseHan(slice):
                segments += hanSegments(scalars, run.range)
            case .punctuation where system != .pinyin && slice.allSatisfy({ $0 == "・" || $0 == "･" })
                && (isKana(runs, index - 1) || isKana(runs, index + 1)):
                // The middle dot between the words of a katakana name: ドナルド・トランプ.
                segments.append(Segment(range: run.range, output: " ", source: .kana))
            default:
                segments.append(Segment(range: run.range, output: string(slice), source: .unchanged))
            }
        }
        return assemble(segments)
    }

    /// Whether a Han run carries a mark only Japanese uses.
    static func isJapaneseHan(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        scalars.contains { $0 == "々" || $0 == "〆" || $0 == "ヶ" || $0 == "ヵ" || $0 == "〻" }
    }

    private func isKana(_ runs: [ScriptRuns.Run], _ index: Int) -> Bool {
        runs.indices.contains(index) && (runs[index].script == .hiragana || runs[index].script == .katakana)
    }

    /// Longest dictionary word first; characters no word covers go to Han-Latin together.
    private func hanSegments(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Segment] {
        var segments: [Segment] = []
        var fallbackStart: Int?
        func flushFallback(upTo end: Int) {
            guard let start = fallbackStart else { return }
            let pinyin = HanziFallback.pinyin(string(scalars[start..<end]))
            segments.append(Segment(range: start..<end, output: pinyinStyle.render(pinyin), source: .fallback))
            fallbackStart = nil
        }
        var position = range.lowerBound
        while position < range.upperBound {
            var matched = false
            if let wordPinyin {
                let longest = min(range.upperBound, position + maximumWordLength)
                for end in stride(from: longest, to: position, by: -1) {
                    if let pinyin = wordPinyin(string(scalars[position..<end])) {
                        flushFallback(upTo: position)
                        segments.append(
                            Segment(range: position..<end, output: pinyinStyle.render(pinyin), source: .dictionary))
                        position = end
                        matched = true
                        break
                    }
                }
            }
            if !matched {
                if fallbackStart == nil { fallbackStart = position }
                position += 1
            }
        }
        flushFallback(upTo: range.upperBound)
        return segments
    }

    /// Pinyin text in the chosen style: numbered syllables are read as CC-CEDICT writes them.
    private func rewritePinyin(_ text: String) -> String {
        let units = PinyinScanner.scan(text)
        let isNumbered = zip(units, units.dropFirst()).contains { $0.kind == .letter && $1.kind == .digit }
        let marked = isNumbered ? Pinyin.fromNumbered(text) : text
        return pinyinStyle.render(marked)
    }

    /// The segments' outputs joined, with a space between two words. Built as UTF-8 bytes and
    /// made a String once, so that it is linear in the number of segments (appending to a
    /// `String.UnicodeScalarView` copied it every time).
    private func assemble(_ segments: [Segment]) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(segments.reduce(0) { $0 + $1.output.utf8.count + 1 })
        /// The last scalar written to `output`.
        var last: Unicode.Scalar?
        var previous: Segment?
        for segment in segments {
            if let previous, let last, let first = segment.output.unicodeScalars.first,
                previous.source != .unchanged || segment.source != .unchanged,
                Self.isWordScalar(last), Self.isWordScalar(first)
            {
                output.append(UInt8(ascii: " "))
            }
            output.append(contentsOf: segment.output.utf8)
            if let final = segment.output.unicodeScalars.last { last = final }
            previous = segment
        }
        return Result(output: String(decoding: output, as: UTF8.self), segments: segments)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalars as a String, through their UTF-8 (a scalar view's generic append costs more
    /// than the copy: this runs up to 16 times per Han character, once per word length tried).
    private func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
