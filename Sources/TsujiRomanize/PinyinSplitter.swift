/// Divides a run of pinyin letters into syllables of the table: every valid split, or the one
/// the orthography means.
///
/// The orthography writes an apostrophe before a syllable that starts with a, o or e inside a
/// word (Xī'ān, fāng'àn), so a split that needs such a syllable without one is a less likely
/// reading of the letters: "xian" is xian before xi + an, "fangan" is fan + gan before fang + an.
/// Splits are ranked by that count, then by the number of syllables.
enum PinyinSplitter {
    typealias Unit = PinyinScanner.Unit

    /// One syllable of a split: `range` indexes the letters it was read from.
    struct Piece: Equatable {
        var range: Range<Int>
        var base: [Unicode.Scalar]
        var tone: Int

        var syllable: PinyinSyllable { PinyinSyllable(base: String(String.UnicodeScalarView(base)), tone: tone) }

        var startsWithVowel: Bool {
            switch base.first {
            case "a", "o", "e", "ê": true
            default: false
            }
        }
    }

    /// The piece spelled by `letters[range]`, if it is a syllable (ordinary, or the erhua r
    /// where the caller allows it, or a special syllable when `special` is true) with at most
    /// one tone mark that agrees with `digit`, the tone number closing the group.
    static func piece(_ letters: ArraySlice<Unit>, _ range: Range<Int>, digit: Int?, special: Bool = false) -> Piece? {
        var base: [Unicode.Scalar] = []
        base.reserveCapacity(range.count)
        var mark = 0
        for index in range {
            let unit = letters[index]
            base.append(unit.scalar)
            if unit.tone != 0 {
                if mark != 0 { return nil }
                mark = unit.tone
            }
        }
        base = PinyinTable.canonical(base)
        let known = PinyinTable.ordinarySet.contains(base) || (special && PinyinTable.specialSet.contains(base))
        guard known else { return nil }
        var tone = mark == 0 ? 5 : mark
        if range.upperBound == letters.endIndex, let digit {
            if mark != 0, mark != digit { return nil }
            tone = digit
        }
        return Piece(range: range, base: base, tone: tone)
    }

    /// The erhua suffix r closing a group after a syllable with an initial (wánr, yīdiǎnr):
    /// never after a, o, e, which have er.
    static func erhua(_ letters: ArraySlice<Unit>, at index: Int, after previous: Piece?, digit: Int?) -> Piece? {
        guard let previous, !previous.startsWithVowel, previous.base != ["r"], index + 1 == letters.endIndex,
            letters[index].scalar == "r", letters[index].tone == 0, digit == nil || digit == 5
        else { return nil }
        return Piece(range: index..<(index + 1), base: ["r"], tone: 5)
    }

    /// The pieces that can start at `index`.
    private static func candidates(_ letters: ArraySlice<Unit>, at index: Int, digit: Int?) -> [Piece] {
        var result: [Piece] = []
        let last = min(letters.endIndex, index + PinyinTable.maximumLength)
        if index < last {
            for end in stride(from: last, to: index, by: -1) {  // longest first
                if let piece = piece(letters, index..<end, digit: digit) { result.append(piece) }
            }
        }
        return result
    }

    /// Every split of one group, best first, at most `limit`.
    static func splits(_ group: PinyinScanner.Group, limit: Int) -> [[Piece]] {
        let letters = group.letters
        guard !letters.isEmpty, letters.allSatisfy({ $0.kind == .letter }) else { return [] }
        var results: [[Piece]] = []
        // A whole group that is a special syllable (ḿ, ng, hm, ê, r).
        if let special = piece(letters, letters.indices, digit: group.digit, special: true),
            !PinyinTable.ordinarySet.contains(special.base)
        {
            results.append([special])
        }
        // Which positions can reach the end: prunes the search.
        var reachable = [Bool](repeating: false, count: letters.count + 1)
        reachable[letters.count] = true
        for index in stride(from: letters.endIndex - 1, through: letters.startIndex, by: -1) {
            let offset = index - letters.startIndex
            if index == letters.endIndex - 1, letters[index].scalar == "r", index > letters.startIndex {
                reachable[offset] = true  // a possible erhua r; checked against its neighbour below
                continue
            }
            reachable[offset] = candidates(letters, at: index, digit: group.digit).contains {
                reachable[$0.range.upperBound - letters.startIndex]
            }
        }
        guard reachable[0] else { return results }
        var path: [Piece] = []
        func search(_ index: Int) {
            if results.count >= limit { return }
            if index == letters.endIndex {
                results.append(path)
                return
            }
            var options = candidates(letters, at: index, digit: group.digit)
            if let r = erhua(letters, at: index, after: path.last, digit: group.digit) { options.append(r) }
            for option in options where reachable[option.range.upperBound - letters.startIndex] {
                path.append(option)
                search(option.range.upperBound)
                path.removeLast()
                if results.count >= limit { return }
            }
        }
        search(letters.startIndex)
        // Ranked by score; equal scores keep the search order (longest syllable first).
        return results.enumerated().map { (score: score($0.element), order: $0.offset, split: $0.element) }
            .sorted { ($0.score.0, $0.score.1, $0.order) < ($1.score.0, $1.score.1, $1.order) }
            .map(\.split)
    }

    /// Whether `splits(group, limit: 1)` is not empty, found without making or ranking any
    /// split: the pieces that can start at each position are read once, and a position can
    /// reach the end through one of them, or (the erhua r) through the last letter after it.
    static func hasSplit(_ group: PinyinScanner.Group) -> Bool {
        let letters = group.letters
        guard !letters.isEmpty, letters.allSatisfy({ $0.kind == .letter }) else { return false }
        if let special = piece(letters, letters.indices, digit: group.digit, special: true),
            !PinyinTable.ordinarySet.contains(special.base)
        {
            return true
        }
        // reaches[i]: letters[i...] is a sequence of pieces, the last possibly an erhua r.
        var reaches = [Bool](repeating: false, count: letters.count + 1)
        reaches[letters.count] = true
        for offset in stride(from: letters.count - 1, through: 0, by: -1) {
            let index = letters.startIndex + offset
            reaches[offset] = candidates(letters, at: index, digit: group.digit).contains { piece in
                let end = piece.range.upperBound
                return reaches[end - letters.startIndex]
                    || (end == letters.endIndex - 1 && erhua(letters, at: end, after: piece, digit: group.digit) != nil)
            }
        }
        return reaches[0]
    }

    /// Syllables after the first that start with a vowel (they needed an apostrophe), then
    /// the number of syllables: lower is likelier.
    static func score(_ split: [Piece]) -> (Int, Int) {
        (split.dropFirst().filter(\.startsWithVowel).count, split.count)
    }

    /// The likeliest split of one group, or nil when there is none. Found by dynamic
    /// programming, so a long run of letters costs linear time.
    static func best(_ group: PinyinScanner.Group) -> [Piece]? {
        let letters = group.letters
        guard !letters.isEmpty, letters.allSatisfy({ $0.kind == .letter }) else { return nil }
        if let special = piece(letters, letters.indices, digit: group.digit, special: true),
            !PinyinTable.ordinarySet.contains(special.base)
        {
            return [special]
        }
        let count = letters.count
        // best[i]: the best split of letters[i...] as (score, pieces); the erhua r needs the
        // piece before it, so it is tried when that piece is placed.
        var best = [(score: (Int, Int), pieces: [Piece])?](repeating: nil, count: count + 1)
        best[count] = ((0, 0), [])
        for offset in stride(from: count - 1, through: 0, by: -1) {
            let index = letters.startIndex + offset
            for piece in candidates(letters, at: index, digit: group.digit) {
                let nextOffset = piece.range.upperBound - letters.startIndex
                var tail: (score: (Int, Int), pieces: [Piece])?
                if let next = best[nextOffset] {
                    tail = next
                } else if nextOffset == count - 1,
                    let r = erhua(letters, at: piece.range.upperBound, after: piece, digit: group.digit)
                {
                    tail = ((0, 1), [r])
                }
                guard let tail else { continue }
                let vowelPenalty = (offset > 0 && piece.startsWithVowel) ? 1 : 0
                let score = (tail.score.0 + vowelPenalty, tail.score.1 + 1)
                if best[offset] == nil || score < best[offset]!.score {
                    best[offset] = (score, [piece] + tail.pieces)
                }
            }
        }
        return best[0]?.pieces
    }
}
