import Foundation
import Testing
@testable import TsujiGlossary

/// Counts read from files are bounded (issue 22, row 3): a count above
/// `GlossaryTerm.maximumCount` (2^53 − 1), or counts that add up to more, in a `--merge`
/// glossary or a partial file is bad data, an error naming the file and the row. Before, a count
/// of 9223372036854775807 overflowed a sum and the process trapped (exit 132).
@Suite struct CountBoundTests {
    /// 2^53 − 1, the largest whole number every JSON reader keeps exact.
    static let maximum = 9_007_199_254_740_991
    static let formats: [GlossaryFormat] = [.tsv, .csv, .json, .tbx, .md]

    /// The glossary of article A with its first row's counts replaced.
    static func glossary(count: Int, documents: [GlossaryTerm.DocumentCount]) -> Glossary {
        var glossary = Fixtures.glossary([Fixtures.articleA])
        glossary.terms[0].count = count
        glossary.terms[0].documents = documents
        return glossary
    }

    static func readError(_ text: String, file: String) -> GlossaryReadError? {
        do {
            _ = try GlossaryFileReader.read(text, path: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func theBoundIsTheLargestExactJSONInteger() {
        #expect(GlossaryTerm.maximumCount == Self.maximum)
        #expect(Double(Self.maximum) + 1 == Double(Self.maximum + 1) && Double(Self.maximum + 1) + 1 == Double(Self.maximum + 1))
    }

    @Test(arguments: formats)
    func documentCountsAddingUpTooHighAreAnErrorNamingTheRow(format: GlossaryFormat) throws {
        let file = "g.\(format.rawValue)"
        let fine = Self.glossary(count: Self.maximum, documents: [.init(name: "a.txt", count: Self.maximum - 1), .init(name: "b.txt", count: 1)])
        #expect(Self.readError(format.writer().write(fine), file: file) == nil, "\(format): at the bound is fine")
        let text = format.writer().write(Self.glossary(count: 1, documents: [.init(name: "a.txt", count: Self.maximum), .init(name: "b.txt", count: Self.maximum)]))
        let error = try #require(Self.readError(text, file: file), "\(format)")
        #expect(error.file == file)
        #expect(error.line != nil, "\(format): \(error)")
        #expect(error.message.contains("add up to more than 9007199254740991"), "\(format): \(error)")
    }

    @Test(arguments: formats)
    func aCountAboveTheBoundIsAnErrorNamingTheRow(format: GlossaryFormat) throws {
        let file = "g.\(format.rawValue)"
        for hostile in [Self.glossary(count: Int.max, documents: []), Self.glossary(count: 1, documents: [.init(name: "a.txt", count: Int.max)])] {
            let error = try #require(Self.readError(format.writer().write(hostile), file: file), "\(format)")
            #expect(error.file == file && error.line != nil, "\(format): \(error)")
            #expect(error.message.contains("9223372036854775807 is more than 9007199254740991"), "\(format): \(error)")
        }
    }

    /// The partial of article A, its first term's counts replaced by `counts` (JSON).
    static func partial(counts: String) -> String {
        let text = GlossaryPartial.write(Fixtures.collect([Fixtures.articleA]))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let range = lines[1].range(of: #""counts":\[\[[0-9,\[\]]*\]\]"#, options: .regularExpression)!
        lines[1].replaceSubrange(range, with: "\"counts\":\(counts)")
        return lines.joined(separator: "\n")
    }

    @Test func aPartialCountAboveTheBoundIsAnError() throws {
        #expect(throws: Never.self) { try GlossaryPartial.read(Self.partial(counts: "[[0,\(Self.maximum)]]"), file: "p.jsonl") }
        #expect {
            try GlossaryPartial.read(Self.partial(counts: "[[0,9223372036854775807]]"), file: "p.jsonl")
        } throws: { error in
            let error = error as? GlossaryReadError
            return error?.file == "p.jsonl" && error?.line == 2
                && error?.message.hasSuffix("count 9223372036854775807 is more than 9007199254740991, the largest count tsuji reads") == true
        }
        #expect {
            try GlossaryPartial.read(Self.partial(counts: "[[0,\(Self.maximum)],[0,1]]"), file: "p.jsonl")
        } throws: { error in
            let error = error as? GlossaryReadError
            return error?.line == 2 && error?.message.contains("the counts add up to more than 9007199254740991") == true
        }
    }

    @Test func partsThatAddUpTooHighAreAnErrorNamingTheLaterPart() throws {
        var collector = GlossaryCollector()
        try GlossaryPartial.read(Self.partial(counts: "[[0,\(Self.maximum - 1)]]"), file: "p1.jsonl", appendingTo: &collector)
        try GlossaryPartial.read(Self.partial(counts: "[[0,1]]"), file: "p2.jsonl", appendingTo: &collector)
        let atTheBound = collector.glossary()
        #expect(atTheBound.terms[0].count == Self.maximum)
        #expect(atTheBound.terms[0].documents == [.init(name: "a.txt", count: Self.maximum)])
        #expect {
            try GlossaryPartial.read(Self.partial(counts: "[[0,1]]"), file: "p3.jsonl", appendingTo: &collector)
        } throws: { error in
            let error = error as? GlossaryReadError
            return error?.file == "p3.jsonl" && error?.line == 2
                && error?.message.contains("the counts of the parts so far add up to more than 9007199254740991") == true
        }
        // The part that failed left the collector as it was.
        #expect(collector.glossary() == atTheBound)
        #expect(collector.documents == ["a.txt", "a.txt"])
    }

    /// Counts at the bound merge without overflow: the existing row's total and the new run's
    /// each fit, so their sum does.
    @Test func mergingCountsAtTheBoundNeverOverflows() throws {
        var existing = try GlossaryJSONReader().read(GlossaryFormat.json.writer().write(Fixtures.glossary([Fixtures.articleA])), file: "g.json")
        existing.rows[0].term.documents = [.init(name: "old.txt", count: Self.maximum)]
        let new = Fixtures.glossary([Fixtures.articleA])
        let merged = GlossaryMerger.merge(existing: existing, new: new)
        #expect(merged.glossary.terms[0].count == Self.maximum + new.terms[0].count)
    }
}
