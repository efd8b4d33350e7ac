import Foundation
import Testing
import TsujiDictionary
@testable import TsujiAnnotate

/// The installed full dictionaries, when there are any (Scripts/test installs them).
enum FullDictionaries {
    static var path: String? {
        let path = DataDirectory.compiledDictionary().path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static var available: Bool { path != nil }

    static func stack() throws -> DictionaryStack {
        try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: true).load()
    }
}

@Suite(.enabled(if: FullDictionaries.available, "needs the full dictionaries: run tsuji dict install (Scripts/test does)"))
struct FullDictionaryEvaluationTests {
    @Test func evaluationSetWithFullDictionaries() throws {
        let score = try Evaluation.score(annotator: Annotator(stack: FullDictionaries.stack()))
        print("evaluation (full dictionaries): \(score)")
        defer {
            #expect(score.recall >= 0.95, "\(score)")
            #expect(score.precision >= 0.95, "\(score)")
            #expect(score.pinyinAccuracy >= 0.93, "\(score)")
            #expect(score.englishAccuracy >= 0.93, "\(score)")
        }
        if ProcessInfo.processInfo.environment["TSUJI_EVAL_VERBOSE"] != nil {
            for line in score.misses { print("  miss  \(line)") }
            for line in score.falseAlarms { print("  false \(line)") }
            for line in score.wrongPinyin { print("  pinyin \(line)") }
            for line in score.wrongEnglish { print("  english \(line)") }
        }
    }

    @Test func heldOutSetWithFullDictionaries() throws {
        let score = try Evaluation.score(articles: "heldout/articles", gold: "heldout/gold", annotator: Annotator(stack: FullDictionaries.stack()))
        print("evaluation (held out, full dictionaries): \(score)")
        defer {
            #expect(score.recall >= 0.68, "\(score)")
            #expect(score.precision >= 0.82, "\(score)")
            #expect(score.pinyinAccuracy >= 0.88, "\(score)")
            #expect(score.englishAccuracy >= 0.85, "\(score)")
        }
        if ProcessInfo.processInfo.environment["TSUJI_EVAL_VERBOSE"] != nil {
            for line in score.misses { print("  miss  \(line)") }
            for line in score.falseAlarms { print("  false \(line)") }
            for line in score.wrongPinyin { print("  pinyin \(line)") }
            for line in score.wrongEnglish { print("  english \(line)") }
        }
    }
}
