/// The spans of the Japanese words a text was found to hold but that are not shown: they only
/// keep those spans from being read as something else (an apposition side, a fallback run, an
/// administrative unit). Kept as bare ranges, not annotations: a page of Japanese has thousands.
///
/// The ranges are in text order and never overlap, so starts and ends are both ascending and
/// every question is a binary search.
struct HiddenWords {
    private(set) var ranges: [Range<Int>] = []

    /// Adds a span after all the others.
    mutating func append(_ range: Range<Int>) {
        assert(ranges.last.map { $0.upperBound <= range.lowerBound } ?? true, "hidden words out of order")
        ranges.append(range)
    }

    /// The index of the first range whose end is after `offset`.
    private func firstEnding(after offset: Int) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether a hidden word ends exactly at `offset`.
    func hasWord(endingAt offset: Int) -> Bool {
        let index = firstEnding(after: offset - 1)
        return index < ranges.count && ranges[index].upperBound == offset
    }

    /// Whether `range` overlaps a hidden word.
    func overlaps(_ range: Range<Int>) -> Bool {
        let index = firstEnding(after: range.lowerBound)
        return index < ranges.count && ranges[index].lowerBound < range.upperBound
    }

    /// The start of the first hidden word at or after `offset`.
    func firstStart(atOrAfter offset: Int) -> Int? {
        let index = firstEnding(after: offset)
        guard index < ranges.count else { return nil }
        return ranges[index].lowerBound >= offset ? ranges[index].lowerBound : (index + 1 < ranges.count ? ranges[index + 1].lowerBound : nil)
    }

    /// Marks every hidden offset.
    func mark(_ covered: inout [Bool]) {
        for range in ranges { for offset in range { covered[offset] = true } }
    }
}
