import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Finds the terms of a text: dictionary matches, names learned from the article's own
/// appositions, and per-character fallbacks for unknown Chinese-looking runs.
///
/// The original text is never changed: every annotation is a scalar range of it.
public struct Annotator: Sendable {
    public struct Options: Sendable {
        /// Annotate Japanese dictionary words too (a learner's mode), not only Chinese terms.
        public var all = false
        /// Learn names from appositions such as ディープシーク（深度求索）.
        public var learnFromArticle = true
        /// Give unknown Chinese-looking runs per-character readings.
        public var fallback = true
        public init(all: Bool = false, learnFromArticle: Bool = true, fallback: Bool = true) {
            self.all = all
            self.learnFromArticle = learnFromArticle
            self.fallback = fallback
        }
    }

    public let stack: DictionaryStack
    public let options: Options
    let matcher: Matcher
    let classifier: Classifier

    public init(stack: DictionaryStack, options: Options = Options()) {
        self.stack = stack
        self.options = options
        matcher = Matcher(stack: stack)
        classifier = Classifier(stack: stack)
    }

    /// The annotations of `text`, in order, never overlapping.
    public func annotate(_ text: String) -> [Annotation] {
        let buffer = TextBuffer(text, variants: stack.keys.folder)
        let scalars = buffer.originalScalars
        var found: [Annotation] = []
        // What a span was decided to be, by its original text: Japanese prose repeats its words,
        // and classifying a full-dictionary match decodes every entry of it. Only spans longer
        // than one character are remembered (one-character currency depends on its neighbours).
        enum Decision {
            case skip
            case japanese(trusted: Bool)
            case term(Annotation, trusted: Bool)
        }
        // Keyed by the folded bytes of the span (cheaper than the original text); a term met
        // again in another spelling (騰讯 after 騰訊) is classified afresh.
        var decided: [FoldedKey: Decision] = [:]
        for match in matcher.matches(in: buffer) {
            var range = match.originalRange
            let remember = range.count > 1 && (match.trusted.map { $0.originalRange.count > 1 } ?? true)
            let key = remember ? FoldedKey(buffer.folded[match.foldedRange]) : FoldedKey([])
            if remember, let decision = decided[key] {
                switch decision {
                case .skip:
                    continue
                case .japanese(let trusted):
                    let span = trusted ? match.trusted!.originalRange : range
                    // Never shown: its text is not needed.
                    found.append(Annotation(start: span.lowerBound, end: span.upperBound, surface: "",
                                            language: .ja, kind: .word, source: "dictionary", confidence: .dictionary))
                    continue
                case .term(var annotation, let trusted):
                    let span = trusted ? match.trusted!.originalRange : range
                    let surface = buffer.originalSlice(span)
                    if surface == annotation.surface {
                        annotation.start = span.lowerBound
                        annotation.end = span.upperBound
                        found.append(annotation)
                        continue
                    }
                }
            }
            var surface = buffer.originalSlice(range)
            var hits = usableHits(match.hits, at: range, in: scalars)
            var language = classifier.language(of: hits, surface: surface)
            var usedTrusted = false
            // A curated term at the start of a longer full-dictionary word wins unless that word
            // is itself a Chinese name: 中国 in 中国人 or 中国通, but all of 北京大学.
            if let trusted = match.trusted, !(language == .zh && classifier.isChineseName(hits)) {
                let trustedHits = usableHits(trusted.hits, at: trusted.originalRange, in: scalars)
                if !trustedHits.isEmpty {
                    range = trusted.originalRange
                    surface = buffer.originalSlice(range)
                    hits = trustedHits
                    language = classifier.language(of: hits, surface: surface)
                    usedTrusted = true
                }
            }
            if hits.isEmpty {
                if remember { decided[key] = .skip }
                continue
            }
            if language == .ja && !options.all {
                // A Japanese word is not shown; it only keeps its span from being read as
                // something else (appositions, fallbacks), so a bare record does.
                found.append(Annotation(start: range.lowerBound, end: range.upperBound, surface: "",
                                        language: .ja, kind: .word, source: "dictionary", confidence: .dictionary))
                if remember { decided[key] = .japanese(trusted: usedTrusted) }
                continue
            }
            let annotation = classifier.annotation(for: hits, range: range, surface: surface, language: language)
            if annotation.kind == .character && !options.all {
                if remember { decided[key] = .skip }
                continue
            }
            found.append(annotation)
            if remember { decided[key] = .term(annotation, trusted: usedTrusted) }
        }
        found = AdministrativeSuffix.extend(found, in: scalars)
        if options.learnFromArticle {
            found = AppositionMiner(stack: stack).learn(from: scalars, annotations: found)
        }
        if options.fallback {
            found += FallbackReader(stack: stack).readUnknownRuns(in: scalars, around: found)
            found.sort { $0.start < $1.start }
        }
        return options.all ? found : found.filter { $0.language == .zh }
    }

    /// Drops hits that do not apply here: a one-character currency or unit (元, 畝) counts only
    /// right after a number (30億元, 数元) or in 元高, 元安, 元建て, never inside a word (元気, 地元).
    func usableHits(_ hits: [DictionaryStack.Hit], at range: Range<Int>, in scalars: [Unicode.Scalar]) -> [DictionaryStack.Hit] {
        guard range.count == 1 else { return hits }
        let afterNumber = range.lowerBound > 0 && Self.isNumeral(scalars[range.lowerBound - 1])
        let next = range.upperBound < scalars.count ? scalars[range.upperBound] : " "
        let exchangeRate = next == "高" || next == "安" || next == "建"
        if afterNumber || exchangeRate { return hits }
        // Currencies come from the term lists (user, curated); full-dictionary entries need no
        // decoding here.
        return hits.filter { hit in
            let layer = stack.layers[hit.layer].name
            guard layer == "user" || layer == "tsuji-terms" else { return true }
            return stack.entry(hit).kind != .currency
        }
    }

    /// Folded bytes as a dictionary key, hashed once.
    struct FoldedKey: Hashable {
        let bytes: ArraySlice<UInt8>
        init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }
        init(_ empty: [UInt8]) { bytes = empty[...] }
        static func == (a: FoldedKey, b: FoldedKey) -> Bool { a.bytes.elementsEqual(b.bytes) }
        func hash(into hasher: inout Hasher) { hasher.combine(bytes.count); for byte in bytes { hasher.combine(byte) } }
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.numericType != nil { return true }
        return "〇一二三四五六七八九十百千万億兆数".unicodeScalars.contains(scalar)
    }
}
