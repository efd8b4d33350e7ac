import Testing
@testable import TsujiAnnotate

/// The memo's hash table against a plain `Dictionary` of the same keys.
struct DecisionMemoTests {
    /// A decision that says which key it was stored for, so a wrong record shows.
    private func decision(_ tag: Int) -> DecisionMemo.Decision {
        .term(Annotation(start: tag, end: tag + 1, surface: "\(tag)", language: .zh, kind: .word,
                         source: "test", confidence: .dictionary), trusted: tag % 2 == 0)
    }

    private func tag(of decision: DecisionMemo.Decision?) -> Int? {
        guard case .term(let annotation, _)? = decision else { return nil }
        return annotation.start
    }

    private func key(_ bytes: [UInt8]) -> DecisionMemo.Key { DecisionMemo.Key(bytes[...]) }

    @Test func findsWhatItStoredAndNothingElse() {
        var generator = SeededRandom(seed: 2026)
        var model: [[UInt8]: Int] = [:]
        let memo = DecisionMemo(limit: 1_000_000)
        // Enough keys to grow the table many times; short keys over few byte values, so that
        // many keys are prefixes of others and lengths collide; keys of up to 8 bytes are kept
        // in the slots, longer ones are compared with the stored bytes.
        for tag in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0xE3...0xE6, using: &generator) }
            memo.remember(decision(tag), for: key(bytes))
            model[bytes] = tag
        }
        #expect(memo.count == model.count)
        for (bytes, tag) in model { #expect(self.tag(of: memo.decision(for: key(bytes))) == tag) }
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 1...14, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            // Mostly absent; a short one may happen to be a stored key.
            #expect(tag(of: memo.decision(for: key(bytes))) == model[bytes])
        }
    }

    @Test func keysAreComparedByTheirBytesNotTheirBuffer() {
        let memo = DecisionMemo()
        let text: [UInt8] = Array("中国人中国".utf8)
        memo.remember(decision(7), for: DecisionMemo.Key(text[0..<6]))
        // The same bytes at another place of another array.
        #expect(tag(of: memo.decision(for: DecisionMemo.Key(text[9..<15]))) == 7)
        #expect(memo.decision(for: DecisionMemo.Key(text[0..<9])) == nil)
        #expect(memo.decision(for: DecisionMemo.Key(text[0..<3])) == nil)
        memo.remember(decision(8), for: DecisionMemo.Key(text[9..<15]))
        #expect(tag(of: memo.decision(for: key(Array("中国".utf8)))) == 8)
        #expect(memo.count == 1)
    }

    @Test func decidingAgainReplaces() {
        let memo = DecisionMemo()
        let word = key(Array("騰訊".utf8))
        memo.remember(.skip, for: word)
        memo.remember(decision(1), for: word)
        memo.remember(.japanese(trusted: true), for: word)
        guard case .japanese(true)? = memo.decision(for: word) else {
            Issue.record("expected the last decision, a trusted Japanese word")
            return
        }
        memo.remember(decision(2), for: word)
        memo.remember(decision(3), for: word)
        #expect(tag(of: memo.decision(for: word)) == 3)
        #expect(memo.count == 1)
        // The annotator's lookup: the kind, and the term's annotation copied out.
        var term = Annotation(start: 0, end: 0, surface: "", language: .ja, kind: .word, source: "", confidence: .dictionary)
        #expect(memo.kind(for: word, term: &term) == .term)  // 3 is odd: not trusted
        #expect(term.start == 3 && term.surface == "3")
        memo.remember(.japanese(trusted: false), for: word)
        #expect(memo.kind(for: word, term: &term) == .japanese)
        #expect(memo.kind(for: key(Array("腾讯".utf8)), term: &term) == nil)
    }

    @Test func emptiesItselfWhenFull() {
        let memo = DecisionMemo(limit: 100)
        for tag in 0..<100 { memo.remember(decision(tag), for: key(Array("\(tag)".utf8))) }
        #expect(memo.count == 100)
        #expect(tag(of: memo.decision(for: key(Array("42".utf8)))) == 42)
        memo.remember(decision(100), for: key(Array("100".utf8)))
        #expect(memo.count == 1)
        #expect(memo.decision(for: key(Array("42".utf8))) == nil)
        #expect(tag(of: memo.decision(for: key(Array("100".utf8)))) == 100)
    }
}
