import Foundation
import Testing
import TsujiDictionary
import TsujiRomanize
import TsujiText
@testable import TsujiAnnotate

/// What every Chinese annotation must hold, over every article of Evaluation/ and the samples:
/// an English rendering a translator can paste (no Chinese, no `[pin1 yin1]` notation, no
/// "abbr."/"variant of"/"see", at most eight words) and, for a surface of Han characters only,
/// pinyin with one syllable per character. `Scripts/check-renderings` runs the same check over
/// ../shared/eval-real.
@Suite struct RenderingCheckTests {
    static func articles() throws -> [URL] {
        var urls: [URL] = []
        for folder in ["Evaluation/articles", "Evaluation/heldout/articles", "dictionaries/samples"] {
            let url = Evaluation.root.appendingPathComponent(folder)
            urls += try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
                .map { url.appendingPathComponent($0) }
        }
        return urls
    }

    /// The faults of one annotation, empty when it is right.
    static func faults(_ annotation: Annotation) -> [String] {
        var faults: [String] = []
        if let rendering = annotation.english.first {
            if rendering.unicodeScalars.contains(where: { ScriptRuns.scriptClass(of: $0) == .han || Kana.isInKanaBlocks($0.value) }) {
                faults.append("Chinese in the English '\(rendering)'")
            }
            if rendering.contains("[") { faults.append("pinyin notation in '\(rendering)'") }
            let lower = rendering.lowercased()
            if lower.hasPrefix("abbr") || lower.hasPrefix("variant of") || lower.hasPrefix("see ") {
                faults.append("a cross-reference as English '\(rendering)'")
            }
            if rendering.split(separator: " ").count > 8 { faults.append("more than eight words in '\(rendering)'") }
        }
        let scalars = annotation.surface.unicodeScalars
        if let pinyin = annotation.pinyin, scalars.allSatisfy({ ScriptRuns.scriptClass(of: $0) == .han }),
            !annotation.surface.contains("儿"), !annotation.surface.contains("兒") {
            let syllables = Pinyin.syllables(pinyin.replacingOccurrences(of: "-", with: " "))?.count ?? 0
            if syllables != scalars.count { faults.append("pinyin '\(pinyin)' has \(syllables) syllables for \(scalars.count) characters") }
        }
        return faults
    }

    static func check(_ annotator: Annotator) throws -> [String] {
        var found: [String] = []
        for url in try articles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            for annotation in annotator.annotate(text) where annotation.language == .zh {
                found += faults(annotation).map { "\(url.lastPathComponent): \(annotation.surface): \($0)" }
            }
        }
        return found
    }

    @Test func embeddedDefault() throws {
        let stack = try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: false).load()
        let faults = try Self.check(Annotator(stack: stack))
        #expect(faults.isEmpty, "\(faults.joined(separator: "\n"))")
    }

    @Test(.enabled(if: FullDictionaries.available, "needs the full dictionaries: run tsuji dict install (Scripts/test does)"))
    func fullDictionaries() throws {
        let faults = try Self.check(Annotator(stack: FullDictionaries.stack()))
        #expect(faults.isEmpty, "\(faults.joined(separator: "\n"))")
    }
}
