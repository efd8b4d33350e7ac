import TsujiText

/// Reads pinyin text (tone marks, tone numbers or none; u:, v or ü for ü) into units: letters
/// with their case and tone mark, tone digits, boundaries (space, apostrophe, hyphen), and
/// anything else.
enum PinyinScanner {
    struct Unit: Equatable {
        enum Kind: Equatable { case letter, digit, boundary, other }
        var kind: Kind
        /// A lowercase letter (a–z, ü, ê), a digit, a boundary (" ", "'", "-"), or the scalar read.
        var scalar: Unicode.Scalar
        var isUppercase = false
        /// 1–4 from a tone mark on this letter; 0 when unmarked. For a digit, its value (0 → 5).
        var tone = 0

        var isVowel: Bool {
            switch scalar {
            case "a", "e", "i", "o", "u", "ü", "ê": kind == .letter
            default: false
            }
        }
    }

    static func tone(ofCombining scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x0304: 1
        case 0x0301: 2
        case 0x030C, 0x0306: 3  // caron; a breve is a common stand-in for it
        case 0x0300: 4
        default: nil
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0x2032: true
        default: false
        }
    }

    /// Scans `text` (NFD first when it is not ASCII, so precomposed and combining marks read
    /// the same).
    static func scan(_ text: String) -> [Unit] {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let decomposed = isASCII ? text : Normalizer.normalize(text, .nfd)
        var units: [Unit] = []
        units.reserveCapacity(decomposed.unicodeScalars.count)
        for scalar in decomposed.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0x61...0x7A:
                let lower = Unicode.Scalar(v | 0x20)!
                units.append(Unit(kind: .letter, scalar: lower == "v" ? "ü" : lower, isUppercase: v < 0x61))
            case 0x3A where units.last?.kind == .letter && units.last?.scalar == "u":  // u: is ü
                units[units.count - 1].scalar = "ü"
            case 0x30...0x39:
                units.append(Unit(kind: .digit, scalar: scalar, tone: v == 0x30 ? 5 : Int(v - 0x30)))
            case 0x0308 where units.last?.kind == .letter && units.last?.scalar == "u":
                units[units.count - 1].scalar = "ü"
            case 0x0302 where units.last?.kind == .letter && units.last?.scalar == "e":
                units[units.count - 1].scalar = "ê"
            default:
                if let tone = tone(ofCombining: scalar), units.last?.kind == .letter, units.last?.tone == 0 {
                    units[units.count - 1].tone = tone
                } else if scalar.properties.isWhitespace {
                    units.append(Unit(kind: .boundary, scalar: " "))
                } else if isApostrophe(scalar) {
                    units.append(Unit(kind: .boundary, scalar: "'"))
                } else if scalar == "-" {
                    units.append(Unit(kind: .boundary, scalar: "-"))
                } else {
                    units.append(Unit(kind: .other, scalar: scalar))
                }
            }
        }
        return units
    }

    /// A run of letters, optionally closed by a tone digit: what the splitter divides into
    /// syllables.
    struct Group {
        var letters: ArraySlice<Unit>
        var digit: Int?
    }

    /// Divides letters and digits (no boundaries, no others) into groups, each closed by a
    /// digit or by the end. Nil when a digit follows no letter, or is not a tone (6–9).
    static func groups(_ units: ArraySlice<Unit>) -> [Group]? {
        var groups: [Group] = []
        var start = units.startIndex
        for index in units.indices {
            let unit = units[index]
            switch unit.kind {
            case .letter: continue
            case .digit:
                if index == start || unit.tone > 5 { return nil }
                groups.append(Group(letters: units[start..<index], digit: unit.tone))
                start = index + 1
            case .boundary, .other: return nil
            }
        }
        if start < units.endIndex { groups.append(Group(letters: units[start..<units.endIndex], digit: nil)) }
        return groups
    }
}
