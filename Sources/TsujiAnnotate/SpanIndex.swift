/// Answers "does any annotation overlap this range?" in logarithmic time, so that checking
/// every parenthesis of a long text against every annotation does not take quadratic time.
struct SpanIndex {
    /// The annotations' starts in order, and for each the largest end among it and those before.
    private let starts: [Int]
    private let maxEnds: [Int]

    init(_ annotations: [Annotation], hidden: HiddenWords = HiddenWords()) {
        // Both lists are in text order: merged, not sorted.
        var spans: [(Int, Int)] = []
        spans.reserveCapacity(annotations.count + hidden.ranges.count)
        var a = 0, h = 0
        while a < annotations.count || h < hidden.ranges.count {
            if h == hidden.ranges.count || (a < annotations.count && annotations[a].start <= hidden.ranges[h].lowerBound) {
                spans.append((annotations[a].start, annotations[a].end))
                a += 1
            } else {
                spans.append((hidden.ranges[h].lowerBound, hidden.ranges[h].upperBound))
                h += 1
            }
        }
        if !spans.indices.dropFirst().allSatisfy({ spans[$0 - 1].0 <= spans[$0].0 }) { spans.sort { $0.0 < $1.0 } }
        starts = spans.map(\.0)
        var largest = Int.min
        maxEnds = spans.map { span in
            largest = max(largest, span.1)
            return largest
        }
    }

    /// Whether some annotation has `start < range.upperBound` and `end > range.lowerBound`.
    func overlaps(_ range: Range<Int>) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < range.upperBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && maxEnds[low - 1] > range.lowerBound
    }
}
