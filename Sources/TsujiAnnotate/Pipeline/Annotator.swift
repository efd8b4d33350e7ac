import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Finds the terms of a text: dictionary matches, names learned from the article's own
/// appositions, and per-character fallbacks for unknown Chinese-looking runs.
///
/// The original text is never changed: every annotation is a scalar range of it.
public struct Annotator: Sendable {
    /// What the annotator annotates and how far it infers.
    public struct Options: Sendable {
        /// Annotate Japanese dictionary words too (a learner's mode), not only Chinese terms.
        public var all = false
        /// Learn names from appositions such as ディープシーク（深度求索）.
        public var learnFromArticle = true
        /// Give unknown Chinese-looking runs per-character readings.
        public var fallback = true
        /// Options as given; the defaults annotate Chinese terms, learn from the article and read unknown runs.
        public init(all: Bool = false, learnFromArticle: Bool = true, fallback: Bool = true) {
            self.all = all
            self.learnFromArticle = learnFromArticle
            self.fallback = fallback
        }
    }

    /// The dictionaries the annotator matches against (user, curated, full).
    public let stack: DictionaryStack
    /// What it annotates (see ``Options``).
    public let options: Options
    let matcher: SurfaceMatcher
    let classifier: Classifier
    let memo = DecisionMemo()
    /// How many of the stack's first layers are term lists (user, curated).
    let trustedLayerCount: Int

    /// An annotator over `stack`; preparing each layer's surface scan takes a few milliseconds, once.
    public init(stack: DictionaryStack, options: Options = Options()) {
        self.stack = stack
        self.options = options
        matcher = SurfaceMatcher(stack: stack)
        trustedLayerCount = stack.termListLayerCount
        classifier = Classifier(stack: stack)
    }

    /// The annotations of `text`, in order, never overlapping.
    public func annotate(_ text: String) -> [Annotation] {
        annotate(TextBuffer(text, variants: stack.keys.folder))
    }

    /// The annotations of the buffer's original text.
    func annotate(_ buffer: TextBuffer) -> [Annotation] {
        let scalars = buffer.originalScalars
        var found: [Annotation] = []
        // Japanese words not shown (all but `--all`) are kept as bare spans.
        var hidden = HiddenWords()
        // What a span was decided to be is remembered (see `DecisionMemo`), keyed by its folded
        // bytes; a term met again in another spelling (騰讯 after 騰訊) is classified afresh.
        // Only spans longer than one character are remembered (one-character currency depends
        // on its neighbours).
        // Where a remembered term's annotation is copied (see `DecisionMemo.kind(for:term:)`).
        var remembered = Annotation(start: 0, end: 0, surface: "", language: .zh, kind: .word, source: "", confidence: .dictionary)
        matcher.forEachMatch(in: buffer) { match in
            var range = match.originalRange
            let remember = range.count > 1 && (match.trusted.map { $0.originalRange.count > 1 } ?? true)
            let key = DecisionMemo.Key(remember ? buffer.folded[match.foldedRange] : [])
            if remember, let kind = memo.kind(for: key, term: &remembered) {
                switch kind {
                case .skip:
                    return
                case .japanese, .trustedJapanese:
                    hidden.append(kind == .trustedJapanese ? match.trusted!.originalRange : range)
                    return
                case .term, .trustedTerm:
                    let span = kind == .trustedTerm ? match.trusted!.originalRange : range
                    if scalars[span].elementsEqual(remembered.surface.unicodeScalars) {
                        var annotation = remembered
                        annotation.start = span.lowerBound
                        annotation.end = span.upperBound
                        found.append(annotation)
                        return
                    }
                }
            }
            // A single kanji or kana that no term list has and that is not simplified-only is a
            // Japanese word (see Classifier.language): decided without reading its entries, of
            // which a common kanji has hundreds of names.
            if !options.all, range.count == 1, match.trusted == nil, !match.keys.hasLayer(below: trustedLayerCount),
               !JapaneseCharacters.isSimplifiedOnly(scalars[range.lowerBound]) {
                hidden.append(range)
                return
            }
            var hits = usableHits(match.hits(in: stack), at: range, in: scalars)
            var language = classifier.language(of: hits, scalars: scalars[range])
            var usedTrusted = false
            // A curated term at the start of a longer full-dictionary word wins unless that word
            // is itself a Chinese name: 中国 in 中国人 or 中国通, but all of 北京大学. A name that
            // is the curated term and an administrative unit (深圳 + 市) is the curated term: the
            // unit is added to it (AdministrativeSuffix), so the full dictionaries only add to
            // what the curated terms say, its reading included.
            if let trusted = match.trusted,
                !(language == .zh && classifier.isChineseName(hits))
                    || AdministrativeSuffix.isUnit(scalars[trusted.originalRange.upperBound..<range.upperBound]) {
                let trustedHits = usableHits(trusted.keys.hits(in: stack), at: trusted.originalRange, in: scalars)
                if !trustedHits.isEmpty {
                    range = trusted.originalRange
                    hits = trustedHits
                    language = classifier.language(of: hits, scalars: scalars[range])
                    usedTrusted = true
                }
            }
            if hits.isEmpty {
                if remember { memo.remember(.skip, for: key) }
                return
            }
            if language == .ja && !options.all {
                // A Japanese word is not shown; it only keeps its span from being read as
                // something else (appositions, fallbacks).
                hidden.append(range)
                if remember { memo.remember(.japanese(trusted: usedTrusted), for: key) }
                return
            }
            let annotation = classifier.annotation(for: hits, range: range, surface: buffer.originalSlice(range), language: language)
            if annotation.kind == .character && !options.all {
                if remember { memo.remember(.skip, for: key) }
                return
            }
            found.append(annotation)
            if remember { memo.remember(.term(annotation, trusted: usedTrusted), for: key) }
        }
        AdministrativeSuffix.extend(&found, hidden: hidden, in: scalars)
        if options.learnFromArticle {
            found = AppositionMiner(stack: stack).learn(from: scalars, annotations: found, hidden: hidden)
        }
        if options.fallback {
            let unknown = FallbackReader(stack: stack).readUnknownRuns(in: scalars, around: found, hidden: hidden)
            if !unknown.isEmpty {
                found += unknown
                found.sort { $0.start < $1.start }
            }
        }
        return options.all ? found : found.filter { $0.language == .zh }
    }

    /// Drops hits that do not apply here: a one-character currency or unit (元, 畝) counts only
    /// right after a number (30億元, 数元) or in 元高, 元安, 元建て, never inside a word (元気, 地元).
    func usableHits(_ hits: [DictionaryStack.Hit], at range: Range<Int>, in scalars: [Unicode.Scalar]) -> [DictionaryStack.Hit] {
        guard range.count == 1 else { return hits }
        let afterNumber = range.lowerBound > 0 && JapaneseCharacters.isNumeral(scalars[range.lowerBound - 1])
        let next = range.upperBound < scalars.count ? scalars[range.upperBound] : " "
        let exchangeRate = next == "高" || next == "安" || next == "建"
        if afterNumber || exchangeRate { return hits }
        // Currencies come from the term lists (user, curated); full-dictionary entries need no
        // decoding here.
        // Hits come in layer order, the term lists first: most spans have none of theirs.
        guard let first = hits.first, stack.traits(first).isFromTermList else { return hits }
        return hits.filter { hit in
            let traits = stack.traits(hit)
            return !traits.isFromTermList || traits.kind != .currency
        }
    }
}
