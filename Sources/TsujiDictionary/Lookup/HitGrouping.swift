/// Groups the hits of one query into terms (entries sharing a written form after folding are one
/// term), decoding only the entries that can reach the terms shown.
///
/// Grouping every hit decodes every hit, and an English word or a toneless syllable can hit
/// hundreds of entries of which `--limit` shows twenty. The first `count` groups depend only on
/// the hits up to the one that opens group `count - 1`, and after it on the hits that share a
/// written form with those groups; a hit shares a form with a group exactly when it is in the
/// surface postings of one of the group's keys, which answers without decoding it. Hits that
/// share nothing are skipped undecoded. The groups come out as grouping every hit in order would
/// make them, including the keys that a skipped hit would have claimed for a later group.
///
/// Fold keys are NFKC, so two are equal exactly when their bytes are: they are hashed, compared
/// and sorted as bytes (``UTF8Bytes``), not through String's normalizing hash.
struct HitGrouping {
    typealias Hit = DictionaryStack.Hit
    typealias Key = UTF8Bytes

    struct Group {
        /// Each member's hit and the number of its entry in `entries`.
        var members: [(hit: Hit, entry: Int)]
        var index: IndexKind
        var keys: Set<Key>
    }

    let stack: DictionaryStack
    let hits: [(Hit, IndexKind)]
    /// The entries decoded so far, each once, referred to by number: an `Entry` is nine
    /// references, which every copy retains and releases.
    private var entries: [Entry] = []
    /// The fold keys of each of `entries`.
    private var entryKeys: [[Key]] = []
    private var decoded: [Hit: Int] = [:]
    private var surfaceHits: [Key: [Hit]] = [:]

    init(stack: DictionaryStack, hits: [(Hit, IndexKind)]) {
        self.stack = stack
        self.hits = hits
    }

    /// Whether every hit was placed by the last `groups(first:)` (so no further group exists).
    private(set) var sawEveryHit = false

    /// The number of a hit's entry in `entries`, and the distinct fold keys of its written
    /// forms, decoded once per query.
    mutating func decode(_ hit: Hit) -> (entry: Int, keys: [Key]) {
        if let known = decoded[hit] { return (known, entryKeys[known]) }
        let entry = stack.entry(hit)
        var keys: [Key] = []
        // Each distinct form folded once (a CC-CEDICT entry mostly writes the same form twice);
        // forms equal but not byte for byte fold to one key, so the keys are those of
        // `headwords`, in its order.
        var folded: [String] = []
        func fold(_ forms: [String]) {
            for form in forms where !folded.contains(where: { UTF8Bytes.same($0, form) }) {
                folded.append(form)
                let key = Key(stack.keys.surface(form))
                if !keys.contains(key) { keys.append(key) }
            }
        }
        fold(entry.japanese)
        fold(entry.traditional)
        fold(entry.simplified)
        let number = entries.count
        entries.append(entry)
        entryKeys.append(keys)
        decoded[hit] = number
        return (number, keys)
    }

    /// Entries written with `key` (a fold key), looked up once per query.
    mutating func surface(_ key: Key) -> [Hit] {
        if let known = surfaceHits[key] { return known }
        let found = stack.lookup(.surface, key: key.string)
        surfaceHits[key] = found
        return found
    }

    /// The first `count` groups, or fewer when the hits make fewer.
    mutating func groups(first count: Int) -> [Group] {
        var groups: [Group] = []
        /// Fold key → the group that holds it; `outside` for a key held by a group past `count`.
        var keysOfGroup: [Key: Int] = [:]
        let outside = -1
        var position = 0
        // Every hit, in order, until `count` groups are open.
        while position < hits.count, groups.count < count {
            let (hit, index) = hits[position]
            position += 1
            let (entry, keys) = decode(hit)
            if let existing = keys.lazy.compactMap({ keysOfGroup[$0] }).first {
                groups[existing].members.append((hit, entry))
                for key in keys where keysOfGroup[key] == nil {
                    keysOfGroup[key] = existing
                    groups[existing].keys.insert(key)
                }
            } else {
                for key in keys where keysOfGroup[key] == nil { keysOfGroup[key] = groups.count }
                groups.append(Group(members: [(hit, entry)], index: index, keys: Set(keys)))
            }
        }
        sawEveryHit = position == hits.count
        if sawEveryHit { return groups }
        // The rest can only join an open group, and only by sharing one of its keys.
        var sharing = Set<Hit>()
        for key in keysOfGroup.keys { sharing.formUnion(surface(key)) }
        var skipped = Set<Hit>()
        while position < hits.count {
            let (hit, _) = hits[position]
            position += 1
            guard sharing.contains(hit) else {
                skipped.insert(hit)
                continue
            }
            let (entry, keys) = decode(hit)
            // A key that a skipped hit before this one has was taken by that hit's group.
            for key in keys where keysOfGroup[key] == nil && surface(key).contains(where: skipped.contains) {
                keysOfGroup[key] = outside
            }
            guard let existing = keys.lazy.compactMap({ keysOfGroup[$0] }).first, existing != outside else {
                // It opens, or joins, a group past `count`, which takes its free keys.
                for key in keys where keysOfGroup[key] == nil { keysOfGroup[key] = outside }
                skipped.insert(hit)
                continue
            }
            groups[existing].members.append((hit, entry))
            for key in keys where keysOfGroup[key] == nil {
                keysOfGroup[key] = existing
                groups[existing].keys.insert(key)
                sharing.formUnion(surface(key))
            }
        }
        return groups
    }

    /// The group as a term: the other sources' entries for its written forms join it (a curated
    /// hit for 春節 brings its CC-CEDICT and EDICT entries), but not single characters from
    /// character dictionaries for a longer form.
    mutating func term(_ group: Group) -> Term {
        var members = group.members
        var seen = Set(members.map(\.hit))
        for key in group.keys.sorted(by: { $0.string.utf8.lexicographicallyPrecedes($1.string.utf8) }) {
            for hit in surface(key) where seen.insert(hit).inserted {
                // The record tells the kind: a character entry left out is never decoded.
                if stack.traits(hit).kind == .character, key.string.unicodeScalars.count != 1 { continue }
                members.append((hit, decode(hit).entry))
            }
        }
        // Layer, then common entries first, then as found: sorted by number, not moving entries.
        let ranks = members.map { ($0.hit.layer, entries[$0.entry].isCommon ? 0 : 1) }
        let order = members.indices.sorted { a, b in (ranks[a].0, ranks[a].1, a) < (ranks[b].0, ranks[b].1, b) }
        return Term(entries: order.map { entries[members[$0].entry] })
    }
}
