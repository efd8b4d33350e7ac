/// Answers "does any annotation overlap this range?" in logarithmic time, so that checking
/// every parenthesis of a long text against every annotation does not take quadratic time.
struct SpanIndex {
    /// The annotations' starts in order, and for each the largest end among it and those before.
    private let starts: [Int]
    private let maxEnds: [Int]

    init(_ annotations: [Annotation], hidden: HiddenWords = HiddenWords()) {
        // Both lists are in text order: merged straight into the two arrays, not sorted.
        let total = annotations.count + hidden.ranges.count
        var starts: [Int] = [], maxEnds: [Int] = []
        starts.reserveCapacity(total)
        maxEnds.reserveCapacity(total)
        var inOrder = true
        hidden.ranges.withUnsafeBufferPointer { ranges in
            var a = 0, h = 0
            var largest = Int.min, lastStart = Int.min
            while a < annotations.count || h < ranges.count {
                let start: Int, end: Int
                if h == ranges.count || (a < annotations.count && annotations[a].start <= ranges[h].lowerBound) {
                    (start, end) = (annotations[a].start, annotations[a].end)
                    a += 1
                } else {
                    (start, end) = (ranges[h].lowerBound, ranges[h].upperBound)
                    h += 1
                }
                if start < lastStart { inOrder = false }
                lastStart = start
                largest = max(largest, end)
                starts.append(start)
                maxEnds.append(largest)
            }
        }
        if !inOrder {
            // Annotations out of order (never from the annotator): sorted, then the largest ends again.
            let spans = (annotations.map { ($0.start, $0.end) } + hidden.ranges.map { ($0.lowerBound, $0.upperBound) })
                .sorted { $0.0 < $1.0 }
            starts = spans.map(\.0)
            var largest = Int.min
            maxEnds = spans.map { span in
                largest = max(largest, span.1)
                return largest
            }
        }
        self.starts = starts
        self.maxEnds = maxEnds
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
