/// Small helpers for parsing lines as UTF-8 bytes: every delimiter the source formats use is
/// ASCII, and an ASCII byte never occurs inside a multi-byte UTF-8 sequence, so splitting on bytes
/// is safe and avoids Character-level work on the hot path.
extension UnsafeBufferPointer<UInt8> {
    package func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if self[i] == byte { return i }
            i += 1
        }
        return nil
    }

    package func lastIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        var i = range.upperBound - 1
        while i >= range.lowerBound {
            if self[i] == byte { return i }
            i -= 1
        }
        return nil
    }

    /// The first index of `pattern` (ASCII) at or after `range.lowerBound`.
    package func firstIndex(of pattern: StaticString, in range: Range<Int>) -> Int? {
        let count = pattern.utf8CodeUnitCount
        guard count > 0, range.count >= count else { return nil }
        let start = pattern.utf8Start
        var i = range.lowerBound
        while i + count <= range.upperBound {
            var k = 0
            while k < count, self[i + k] == start[k] { k += 1 }
            if k == count { return i }
            i += 1
        }
        return nil
    }

    package func starts(with pattern: StaticString, at index: Int = 0) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard index + count <= self.count else { return false }
        let start = pattern.utf8Start
        for k in 0..<count where self[index + k] != start[k] { return false }
        return true
    }

    /// `range` without leading and trailing ASCII spaces and tabs.
    package func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, self[lower] == 0x20 || self[lower] == 0x09 { lower += 1 }
        while upper > lower, self[upper - 1] == 0x20 || self[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    /// The bytes in `range` as a string (they are valid UTF-8 where this is used).
    package func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }

    /// Splits `range` at each `separator`, dropping empty (after trimming) pieces.
    package func split(_ range: Range<Int>, separator: UInt8) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i <= range.upperBound {
            if i == range.upperBound || self[i] == separator {
                let piece = trimmed(start..<i)
                if !piece.isEmpty { pieces.append(piece) }
                start = i + 1
            }
            i += 1
        }
        return pieces
    }
}
