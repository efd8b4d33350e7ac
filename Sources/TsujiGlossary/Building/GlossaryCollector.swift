import TsujiAnnotate

/// Gathers the terms of annotated documents into glossary rows, one per `Annotation.termKey`.
///
/// Collectors combine: `append(_:)` adds another collector's documents after this one's, and the
/// result is exactly what one collector fed every document in that order would hold. That is what
/// makes a corpus splittable across processes (`--partial`, then `tsuji glossary merge`), and
/// what lets documents be annotated in parallel.
public struct GlossaryCollector: Sendable {
    /// A place in the corpus: the document's index in input order and a scalar offset in it.
    struct Position: Comparable, Hashable, Sendable {
        var document: Int
        var offset: Int
        static func < (a: Position, b: Position) -> Bool { (a.document, a.offset) < (b.document, b.offset) }
    }

    /// Everything known of one term so far.
    struct Record: Sendable {
        /// The facts (readings, English, source…) of the occurrence chosen to speak for the term:
        /// the most confident one, the earliest among equals.
        var facts: GlossaryTerm
        var factsPosition: Position
        var first: Position
        var context: String?
        /// Each form's first position.
        var forms: [String: Position]
        /// Occurrences per document index.
        var counts: [Int: Int]
        /// The sum of `counts`.
        var total: Int

        var factsRank: Int { Self.rank(facts.confidence) }

        static func rank(_ confidence: Confidence?) -> Int {
            switch confidence {
            case .dictionary: 2
            case .article: 1
            case .fallback, nil: 0
            }
        }

        /// Takes what `other` knows; `other` may come from anywhere in the corpus.
        mutating func absorb(_ other: Record) {
            if Self.rank(other.facts.confidence) > factsRank
                || (Self.rank(other.facts.confidence) == factsRank && other.factsPosition < factsPosition) {
                facts = other.facts
                factsPosition = other.factsPosition
            }
            if other.first < first {
                first = other.first
                context = other.context
            }
            for (form, position) in other.forms {
                if let mine = forms[form], mine <= position { continue }
                forms[form] = position
            }
            for (document, count) in other.counts { counts[document, default: 0] += count }
            total += other.total
        }
    }

    /// Document names in input order (a name given twice counts as two documents).
    public internal(set) var documents: [String] = []
    var records: [String: Record] = [:]

    /// An empty collector.
    public init() {}

    /// The number of distinct terms so far.
    public var termCount: Int { records.count }

    /// Adds one document's annotations, after the documents already added.
    public mutating func add(_ document: AnnotatedDocument) {
        let index = documents.count
        documents.append(document.source)
        var scalars: [Unicode.Scalar]?
        for annotation in document.annotations {
            let key = annotation.termKey
            let position = Position(document: index, offset: annotation.start)
            if var record = records[key] {
                record.counts[index, default: 0] += 1
                record.total += 1
                if record.forms[annotation.surface] == nil { record.forms[annotation.surface] = position }
                if Record.rank(annotation.confidence) > record.factsRank {
                    record.facts = GlossaryTerm(facts: annotation)
                    record.factsPosition = position
                }
                records[key] = record
            } else {
                if scalars == nil { scalars = Array(document.text.unicodeScalars) }
                let context = ContextExtractor.context(in: scalars!, range: annotation.start..<annotation.end)
                records[key] = Record(
                    facts: GlossaryTerm(facts: annotation), factsPosition: position, first: position,
                    context: context, forms: [annotation.surface: position], counts: [index: 1], total: 1)
            }
        }
    }

    /// Adds `other`'s documents after this collector's. Counts read from files are appended
    /// through ``GlossaryPartial/read(_:file:appendingTo:)``, which checks that they add up.
    public mutating func append(_ other: GlossaryCollector) {
        let shift = documents.count
        documents += other.documents
        for (key, theirs) in other.records {
            var shifted = theirs
            shifted.factsPosition.document += shift
            shifted.first.document += shift
            shifted.forms = shifted.forms.mapValues { Position(document: $0.document + shift, offset: $0.offset) }
            shifted.counts = Dictionary(uniqueKeysWithValues: shifted.counts.map { ($0.key + shift, $0.value) })
            if var mine = records[key] {
                mine.absorb(shifted)
                records[key] = mine
            } else {
                records[key] = shifted
            }
        }
    }

    /// The rows, in order of first appearance, numbered from 1.
    public func glossary() -> Glossary {
        let ordered = records.values.sorted { $0.first < $1.first }
        var terms: [GlossaryTerm] = []
        terms.reserveCapacity(ordered.count)
        for (index, record) in ordered.enumerated() {
            var term = record.facts
            term.forms = record.forms.sorted { $0.value < $1.value }.map(\.key)
            term.context = record.context
            term.order = index + 1
            // Per document name, in document order (a name given twice is one document here).
            var names: [String] = []
            var byName: [String: Int] = [:]
            for (document, count) in record.counts.sorted(by: { $0.key < $1.key }) {
                let name = documents[document]
                if byName[name] == nil { names.append(name) }
                byName[name, default: 0] += count
            }
            term.documents = names.map { GlossaryTerm.DocumentCount(name: $0, count: byName[$0]!) }
            term.count = record.total
            terms.append(term)
        }
        return Glossary(documents: documents, terms: terms)
    }
}
