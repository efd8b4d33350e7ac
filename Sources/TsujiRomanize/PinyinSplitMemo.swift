import Foundation

/// Whether a group of pinyin letters splits into syllables, remembered per process: lookups
/// ask about the same few thousand syllable runs (shang, pin, jia, zhi) query after query, and
/// the splitter's search is the costly part of reading a query as pinyin.
final class PinyinSplitMemo: @unchecked Sendable {
    // @unchecked: `known` is only touched under `lock`.
    static let shared = PinyinSplitMemo()

    private let lock = NSLock()
    private var known: [[UInt32]: Bool] = [:]

    /// `PinyinSplitter.splits(group, limit: 1)` is not empty.
    func splits(_ group: PinyinScanner.Group) -> Bool {
        // Only letters are split: anything else gives the splitter's own answer (no split).
        guard group.letters.allSatisfy({ $0.kind == .letter }) else { return PinyinSplitter.hasSplit(group) }
        // The split depends only on each letter and its tone mark, and the closing digit.
        var key: [UInt32] = []
        key.reserveCapacity(group.letters.count + 1)
        for unit in group.letters { key.append(unit.scalar.value << 3 | UInt32(unit.tone)) }
        key.append(0xFFFF_FF00 | UInt32(group.digit ?? 0xFF))
        lock.lock()
        let cached = known[key]
        lock.unlock()
        if let cached { return cached }
        let answer = PinyinSplitter.hasSplit(group)
        lock.lock()
        if known.count >= 100_000 { known.removeAll(keepingCapacity: true) }
        known[key] = answer
        lock.unlock()
        return answer
    }
}
