import TsujiDictionary

/// What a KANJIDIC2 parse keeps across characters: the character being read, and the code
/// tables and pending `<variant>`s needed to resolve variants once every character is known.
struct Kanjidic2State {
    var current: Kanjidic2Record?
    /// Code (`jis208:1-20-33`) → the characters that carry it.
    private var characters: [String: [String]] = [:]
    private var pending: [(literal: String, type: String, value: String)] = []

    mutating func register(_ record: Kanjidic2Record) {
        guard let literal = record.literal else { return }
        for code in record.codes { characters[code, default: []].append(literal) }
        for variant in record.variants { pending.append((literal, variant.type, variant.value)) }
    }

    /// The code table a `var_type` refers to.
    private static let tables: [String: String] = [
        "jis208": "jis208", "jis212": "jis212", "jis213": "jis213",
        "nelson_c": "nelson_c", "njecd": "halpern_njecd", "oneill": "oneill_names",
        "deroo": "deroo", "s_h": "sh_desc",
    ]

    func resolveVariants(source: String) -> (pairs: [VariantPair], unresolved: Int) {
        var pairs: [VariantPair] = []
        var seen = Set<VariantPair>()
        var unresolved = 0
        for (literal, type, value) in pending {
            var target: String?
            if type == "ucs" {
                target = UInt32(value, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if let table = Self.tables[type], let found = characters["\(table):\(value)"], found.count == 1 {
                target = found[0]
            }
            guard let target else {
                unresolved += 1
                continue
            }
            if target == literal { continue }
            let pair = VariantPair(character: literal, variant: target, kind: .kanji, source: source, detail: type)
            if seen.insert(pair).inserted { pairs.append(pair) }
        }
        return (pairs, unresolved)
    }
}
