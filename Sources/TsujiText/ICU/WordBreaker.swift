internal import CICU

/// ICU's word segmentation. Boundaries are Unicode scalar offsets into the text.
public enum WordBreaker {
    /// The kind of segment, from ICU's rule status ranges (UWordBreak).
    public enum Kind: Sendable, Equatable {
        /// Spaces, punctuation, symbols (status 0–99).
        case none
        /// Numbers (status 100–199).
        case number
        /// Words of letters other than kana and ideographs, such as Latin words (status 200–299).
        case letter
        /// Words with kana (status 300–399).
        case kana
        /// Words with ideographs (status 400–499).
        case ideographic

        init(status: Int32) {
            switch status {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideographic
            default: self = .none
            }
        }
    }

    /// The text between two neighbouring ICU word boundaries.
    public struct Segment: Sendable, Equatable {
        /// Half-open range of Unicode scalar offsets.
        public let range: Range<Int>
        /// What the segment holds, from its rule status.
        public let kind: Kind
        /// ICU's rule status for the segment (a `UWordBreak` value), which ``kind`` summarizes.
        public let ruleStatus: Int32
    }

    /// Splits `text` into ICU word segments for `locale` ("ja" or "zh").
    public static func segments(_ text: String, locale: String = "ja") throws(ICUError) -> [Segment] {
        let units = Array(text.utf16)
        if units.isEmpty { return [] }
        // UTF-16 offset → scalar offset.
        var scalarAt = [Int](repeating: 0, count: units.count + 1)
        var scalarIndex = 0
        var i = 0
        while i < units.count {
            scalarAt[i] = scalarIndex
            if UTF16.isLeadSurrogate(units[i]), i + 1 < units.count, UTF16.isTrailSurrogate(units[i + 1]) {
                scalarAt[i + 1] = scalarIndex
                i += 2
            } else {
                i += 1
            }
            scalarIndex += 1
        }
        scalarAt[units.count] = scalarIndex
        var segments: [Segment] = []
        var failure: ICUError?
        units.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            guard let iterator = tsuji_word_break_open(locale, buffer.baseAddress, Int32(buffer.count), &status),
                !icuFailed(status)
            else {
                failure = ICUError(code: status, operation: "open word break iterator")
                return
            }
            defer { tsuji_break_close(iterator) }
            var previous = 0
            while true {
                let next = tsuji_break_next(iterator)
                if next < 0 { break }
                let rule = tsuji_break_rule_status(iterator)
                segments.append(Segment(range: scalarAt[previous]..<scalarAt[Int(next)], kind: Kind(status: rule), ruleStatus: rule))
                previous = Int(next)
            }
        }
        if let failure { throw failure }
        return segments
    }

    /// The words of `text` as strings (segments of kind letter, number, kana or ideographic).
    public static func words(_ text: String, locale: String = "ja") throws(ICUError) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return try segments(text, locale: locale).filter { $0.kind != .none }.map {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[$0.range])
            return String(view)
        }
    }
}
