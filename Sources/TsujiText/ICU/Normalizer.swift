internal import CICU

/// Unicode normalization forms that tsuji uses.
public enum NormalizationForm: Sendable {
    /// Canonical composition, canonical decomposition, and compatibility composition (which also
    /// folds width: ｶﾀｶﾅ → カタカナ, ＡＢＣ → ABC).
    case nfc, nfd, nfkc
    /// NFKC plus case folding and removal of default-ignorable code points: the fold key form.
    case nfkcCasefold

    var icu: tsuji_normalization_form {
        switch self {
        case .nfc: TSUJI_NORM_NFC
        case .nfd: TSUJI_NORM_NFD
        case .nfkc: TSUJI_NORM_NFKC
        case .nfkcCasefold: TSUJI_NORM_NFKC_CASEFOLD
        }
    }
}

/// ICU normalization and width folding.
public enum Normalizer {
    /// Normalizes `text` with ICU. ICU fails here only on resource errors, which do not happen with
    /// a working libicu; the input is returned unchanged in that case.
    public static func normalize(_ text: String, _ form: NormalizationForm) -> String {
        let units = Array(text.utf16)
        return String(decoding: normalize(utf16: units, form), as: UTF16.self)
    }

    /// Normalizes UTF-16 code units.
    public static func normalize(utf16 units: [UInt16], _ form: NormalizationForm) -> [UInt16] {
        if units.isEmpty { return [] }
        let result = try? withGrowingUTF16Buffer(initialCapacity: units.count + 8, operation: "normalize") {
            buffer, capacity, status in
            units.withUnsafeBufferPointer { tsuji_normalize(form.icu, $0.baseAddress, Int32($0.count), buffer, capacity, &status) }
        }
        return result ?? units
    }

    /// Whether nothing before `scalar` can combine with it under `form` (a segment boundary).
    public static func hasBoundaryBefore(_ scalar: Unicode.Scalar, _ form: NormalizationForm) -> Bool {
        tsuji_normalize_has_boundary_before(form.icu, Int32(scalar.value)) != 0
    }

    /// Width folding only: half-width katakana to full-width (ﾃﾝｾﾝﾄ → テンセント, ﾊﾞ → バ), full-width
    /// ASCII to ASCII (ＡＩ２０２６ → AI2026), the ideographic space to a space. Nothing else changes.
    public static func foldWidth(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pending = String.UnicodeScalarView()
        func flush() {
            if pending.isEmpty { return }
            output.append(contentsOf: normalize(String(pending), .nfkc).unicodeScalars)
            pending.removeAll()
        }
        for scalar in text.unicodeScalars {
            if isWidthVariant(scalar) {
                pending.append(scalar)
            } else {
                flush()
                output.append(scalar == "\u{3000}" ? " " : scalar)
            }
        }
        flush()
        return String(output)
    }

    /// Scalars in the Halfwidth and Fullwidth Forms block that NFKC maps to their usual width.
    static func isWidthVariant(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFFEE).contains(scalar.value)
    }
}
