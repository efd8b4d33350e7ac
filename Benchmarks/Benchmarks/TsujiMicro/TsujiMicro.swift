import Benchmark
import Foundation
import TsujiAnnotate
import TsujiDictionary
import TsujiRomanize
import TsujiText

// In-process micro-benchmarks: the double-array trie, the matcher and the romanizers.
// Input: $TSUJI_BENCH_TEXT (Scripts/bench passes its 100 KB corpus slice), else the sample
// articles in dictionaries/samples. The full-dictionary benchmarks run when a compiled
// dictionary is installed ($TSUJI_DATA_DIR, as for the tsuji command).

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(1),
        maxIterations: 30
    )
    let input = Inputs.shared

    Benchmark("Trie build (\(input.trieKeys.count) keys)") { benchmark in
        for _ in benchmark.scaledIterations {
            var builder = DoubleArrayTrieBuilder()
            for (value, key) in input.trieKeys.enumerated() { try builder.append(key, value: UInt32(value)) }
            blackHole(try builder.buildTrie())
        }
    }

    Benchmark("Trie common-prefix scan (\(input.kilobytes) KB text)") { benchmark in
        for _ in benchmark.scaledIterations {
            var found = 0
            input.buffer.folded.withUnsafeBufferPointer { bytes in
                for start in 0..<bytes.count where bytes[start] & 0xC0 != 0x80 {
                    input.trie.commonPrefixSearch(in: bytes, from: start) { (_: Int, _: UInt32) in found += 1 }
                }
            }
            blackHole(found)
        }
    }

    Benchmark("TextBuffer fold (\(input.kilobytes) KB text)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(TextBuffer(input.text, variants: input.embedded.keys.folder))
        }
    }

    Benchmark("Matcher, embedded terms (\(input.kilobytes) KB text)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SurfaceMatcher(stack: input.embedded).matches(in: input.buffer))
        }
    }

    if let full = input.full {
        Benchmark("Matcher, full dictionaries (\(input.kilobytes) KB text)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(SurfaceMatcher(stack: full).matches(in: input.buffer))
            }
        }
        Benchmark("Compiled trie surface prefixes (\(input.kilobytes) KB text)") { benchmark in
            guard let layer = full.layers.last else { return }
            for _ in benchmark.scaledIterations {
                var found = 0
                let bytes = input.buffer.folded
                for start in 0..<bytes.count where bytes[start] & 0xC0 != 0x80 {
                    layer.forEachSurfacePrefix(of: bytes, from: start) { _, _ in found += 1 }
                }
                blackHole(found)
            }
        }
        Benchmark("Annotator, full dictionaries (\(input.kilobytes) KB text)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(Annotator(stack: full).annotate(input.text))
            }
        }
    }

    Benchmark("Annotator, embedded terms (\(input.kilobytes) KB text)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Annotator(stack: input.embedded).annotate(input.text))
        }
    }

    Benchmark("Hepburn romanize (\(input.kanaRuns.count) kana runs)") { benchmark in
        for _ in benchmark.scaledIterations {
            for run in input.kanaRuns { blackHole(Hepburn.romanize(run)) }
        }
    }

    Benchmark("Pinyin numbered to marks (\(input.numberedPinyin.count) syllables)") { benchmark in
        for _ in benchmark.scaledIterations {
            for syllable in input.numberedPinyin { blackHole(Pinyin.fromNumbered(syllable)) }
        }
    }

    Benchmark("Romanizer, mixed text (\(input.kilobytes) KB text)") { benchmark in
        let romanizer = Romanizer()
        for _ in benchmark.scaledIterations {
            for line in input.lines { blackHole(romanizer.romanize(line)) }
        }
    }
}

/// What the benchmarks read, made once per process.
final class Inputs: Sendable {
    static let shared = Inputs()

    let text: String
    let lines: [String]
    let kilobytes: Int
    let embedded: DictionaryStack
    let full: DictionaryStack?
    let buffer: TextBuffer
    /// Distinct folded substrings of two to four scalars of the text, sorted bytewise.
    let trieKeys: [[UInt8]]
    let trie: DoubleArrayTrie
    let kanaRuns: [String]
    let numberedPinyin: [String]

    init() {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["TSUJI_BENCH_TEXT"], let text = try? String(contentsOfFile: path, encoding: .utf8) {
            self.text = text
        } else {
            let samples = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("dictionaries/samples")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: samples.path))?.sorted() ?? []
            text = files.compactMap { try? String(contentsOfFile: samples.appendingPathComponent($0).path, encoding: .utf8) }
                .joined(separator: "\n")
        }
        lines = text.split(separator: "\n").map(String.init)
        kilobytes = max(1, text.utf8.count / 1000)
        do {
            embedded = try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: false).load()
        } catch {
            fatalError("cannot load the embedded terms: \(error)")
        }
        let loader = DictionaryLoader(includeUserConfig: false)
        full = loader.compiledPath == nil ? nil : try? loader.load()
        buffer = TextBuffer(text, variants: embedded.keys.folder)

        var keys = Set<[UInt8]>()
        let scalars = Array(embedded.keys.surface(text).unicodeScalars)
        for length in 2...4 where scalars.count >= length {
            for start in 0...(scalars.count - length) {
                let piece = scalars[start..<(start + length)]
                if piece.contains(where: { $0.properties.isWhitespace }) { continue }
                var bytes: [UInt8] = []
                for scalar in piece { bytes.append(contentsOf: Array(String(scalar).utf8)) }
                keys.insert(bytes)
                if keys.count >= 50_000 { break }
            }
        }
        trieKeys = keys.sorted { $0.lexicographicallyPrecedes($1) }
        var builder = DoubleArrayTrieBuilder()
        for (value, key) in trieKeys.enumerated() { try! builder.append(key, value: UInt32(value)) }
        trie = try! builder.buildTrie()

        var runs: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x3041...0x30FF).contains(scalar.value) {
                current.append(scalar)
            } else if !current.isEmpty {
                runs.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        kanaRuns = Array(runs.prefix(10_000))
        let syllables = Pinyin.allSyllables
        numberedPinyin = (0..<10_000).map { "\(syllables[$0 % syllables.count])\($0 % 5 + 1)" }
    }
}
