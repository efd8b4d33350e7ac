/// The distinct terms of a text in order of first appearance, each with its number of
/// occurrences; fed annotation by annotation, so a text annotated piece by piece is counted whole.
public struct TermTally: Sendable {
    private var order: [String] = []
    private var first: [String: Annotation] = [:]
    private var counts: [String: Int] = [:]

    /// An empty tally.
    public init() {}

    /// Counts one occurrence of the annotation's term.
    public mutating func add(_ annotation: Annotation) {
        let key = annotation.termKey
        if first[key] == nil {
            order.append(key)
            first[key] = annotation
        }
        counts[key, default: 0] += 1
    }

    /// Counts every annotation.
    public mutating func add(_ annotations: some Sequence<Annotation>) {
        for annotation in annotations { add(annotation) }
    }

    /// Whether no term was counted.
    public var isEmpty: Bool { order.isEmpty }

    /// One entry per distinct term: its first occurrence and how many there are.
    public var terms: [(annotation: Annotation, count: Int)] {
        order.map { (first[$0]!, counts[$0]!) }
    }
}
