import Synchronization
import Testing
import TsujiAnnotate
import TsujiDictionary
import TsujiText
@testable import TsujiGlossary

/// GlossaryBuilder: many documents annotated in parallel collect exactly what one collector fed
/// them in order would, and a failure reports the earliest document.
@Suite struct GlossaryBuilderTests {
    static let stack = DictionaryStack(layers: [MemoryDictionary(name: "tsuji-terms", entries: [
        Entry(id: "t:tencent", source: "tsuji-terms", language: .zh, kind: .company, japanese: ["騰訊", "テンセント"],
              traditional: ["騰訊"], simplified: ["腾讯"], readings: ["テンセント"], pinyin: ["Téngxùn"], english: ["Tencent"]),
        Entry(id: "t:alibaba", source: "tsuji-terms", language: .zh, kind: .company, japanese: ["阿里巴巴", "アリババ"],
              traditional: ["阿里巴巴"], simplified: ["阿里巴巴"], readings: ["アリババ"], pinyin: ["Ālǐbābā"], english: ["Alibaba"]),
    ])])
    let annotator = Annotator(stack: stack)
    /// Enough documents for several chunks per core, each with its own mix of terms.
    let texts: [String: String] = Dictionary(uniqueKeysWithValues: (0..<60).map { index in
        ("doc\(index).txt", String(repeating: "テンセントと", count: index % 3) + (index % 4 == 0 ? "アリババ。騰訊" : "腾讯。"))
    })
    var names: [String] { (0..<60).map { "doc\($0).txt" } }

    @Test func parallelEqualsSequential() throws {
        let texts = self.texts
        let done = Atomic<Int>(0)
        let built = try GlossaryBuilder(annotator: annotator).collect(
            names, read: { TextDocument(name: $0, text: texts[$0]!) }, progress: { done.add(1, ordering: .relaxed) })
        var sequential = GlossaryCollector()
        for name in names {
            sequential.add(AnnotatedDocument(source: name, text: texts[name]!, annotations: annotator.annotate(texts[name]!)))
        }
        #expect(built.glossary() == sequential.glossary())
        #expect(GlossaryPartial.write(built) == GlossaryPartial.write(sequential))
        #expect(built.documents == names)
        #expect(done.load(ordering: .relaxed) == 60)
    }

    @Test func aFailureEndsTheBuild() {
        struct Unreadable: Error, Equatable { let name: String }
        let texts = self.texts
        #expect(throws: Unreadable(name: "doc7.txt")) {
            try GlossaryBuilder(annotator: annotator).collect(names, read: { name in
                if name == "doc7.txt" { throw Unreadable(name: name) }
                return TextDocument(name: name, text: texts[name]!)
            })
        }
    }

    @Test func noDocumentsNoTerms() throws {
        let empty = try GlossaryBuilder(annotator: annotator).collect([], read: { TextDocument(name: $0, text: "") })
        #expect(empty.documents.isEmpty)
        #expect(empty.termCount == 0)
    }
}
