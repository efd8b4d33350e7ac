import Foundation
import Testing
import TsujiDictionary

/// Every input the fuzzers were seeded with (Fuzz/Corpus/TARGET) and every input that once
/// broke one of them (Fuzz/Crashes/TARGET, kept when the bug was fixed), run through the same
/// harnesses without libFuzzer: a crash here is a crash there, and a broken invariant is a
/// test failure.
@Suite(.serialized) struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz").standardizedFileURL

    static func harness(_ target: String) -> (([UInt8]) -> Void)? {
        switch target {
        case "annotate": AnnotateHarness.run
        case "cedict": SourceHarness.cedict
        case "edict": SourceHarness.edict
        case "enamdict": SourceHarness.enamdict
        case "kanjidic2": SourceHarness.kanjidic2
        case "unihan": SourceHarness.unihan
        case "terms": SourceHarness.terms
        case "compiled": CompiledHarness.run
        case "glossary": GlossaryHarness.run
        default: nil
        }
    }

    static func inputs(in folder: String, target: String) -> [URL] {
        let url = fuzzFolder.appendingPathComponent(folder).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }

    @Test(arguments: ["annotate", "cedict", "edict", "enamdict", "kanjidic2", "unihan", "terms", "compiled", "glossary"])
    func seedsAndSavedCrashes(target: String) throws {
        let harness = try #require(Self.harness(target))
        let seeds = Self.inputs(in: "Corpus", target: target)
        #expect(!seeds.isEmpty, "Fuzz/Corpus/\(target) has seeds")
        for input in seeds + Self.inputs(in: "Crashes", target: target) {
            let name = input.pathComponents.suffix(3).joined(separator: "/")
            fuzzFailureHandler = { message in Issue.record("\(name): \(message)") }
            harness(Array(try Data(contentsOf: input)))
        }
    }

    /// The compiled-dictionary seeds (a mode byte, then a file) must be files this version reads,
    /// or the fuzzer would start from nothing but the version check.
    @Test func compiledSeedsAreCurrentDictionaries() throws {
        for input in Self.inputs(in: "Corpus", target: "compiled") {
            let bytes = Array(try Data(contentsOf: input).dropFirst())
            let dictionary = try CompiledDictionary(bytes: bytes, name: input.lastPathComponent)
            #expect(dictionary.entryCount > 0)
            #expect(!dictionary.variantPairs.isEmpty, "\(input.lastPathComponent) exercises the variants section")
        }
    }
}
