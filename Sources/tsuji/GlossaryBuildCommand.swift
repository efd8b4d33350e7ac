import ArgumentParser
import Foundation
import TsujiAnnotate
import TsujiDictionary
import TsujiGlossary

/// `tsuji glossary [build] FILE…`: annotates the articles and writes their glossary.
struct GlossaryBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a glossary from articles (the default: `tsuji glossary FILE…`).",
        discussion: """
            Examples:
              tsuji glossary articles/*.txt -o glossary.tsv
              tsuji glossary articles/*.txt --format tsv --target en -o deepl.tsv
              tsuji glossary --kind company,product --sort reading -f md a/*.txt
              tsuji glossary new/*.txt --merge glossary.tbx -o glossary.tbx
              tsuji glossary part1/*.txt --partial -o part1.jsonl
            """
    )

    @Argument(help: "Articles (UTF-8; standard input when none or '-').")
    var inputs: [String] = []

    @OptionGroup var out: GlossaryOutputOptions

    @Option(help: "A TSV file of your own terms (the curated format); may be repeated.")
    var terms: [String] = []

    @Option(help: "Input encoding: EUC-JP, Shift_JIS, GB18030, Big5, UTF-16… (default UTF-8).")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
    var lossy = false

    func run() throws {
        HeapTuning.keepFreedMemoryForReuse()
        StandardOutput.ignoreBrokenPipe()
        try reportingErrors {
            let stack = try loadDictionaries(userTerms: terms)
            let annotator = Annotator(stack: stack, options: .init(all: out.annotatesJapanese))
            let reader = InputDocuments(encoding: encoding, lossy: lossy)
            let collector = try Self.collect(inputs.isEmpty ? ["-"] : inputs, reader: reader, annotator: annotator)
            if out.partial {
                try out.emitPartial(collector)
            } else {
                try out.emit(collector.glossary())
            }
        }
    }

    /// Reads and annotates the documents on every core, in chunks of consecutive documents whose
    /// collectors are then appended in input order: the result is the single-threaded one.
    static func collect(_ paths: [String], reader: InputDocuments, annotator: Annotator) throws -> GlossaryCollector {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(1, min(64, paths.count / (workers * 4)))
        let chunks = stride(from: 0, to: paths.count, by: chunkSize).map { $0..<min($0 + chunkSize, paths.count) }
        let results = ChunkResults(count: chunks.count)
        let progress = Progress(total: paths.count, label: "tsuji: glossary: annotated")
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            var collector = GlossaryCollector()
            for index in chunks[chunk] {
                if results.failed { return }
                do {
                    let document = try reader.read(paths[index])
                    collector.add(AnnotatedDocument(source: document.name, text: document.text,
                                                    annotations: annotator.annotate(document.text)))
                } catch {
                    results.fail(at: index, error)
                    return
                }
                progress.advance()
            }
            results.store(collector, at: chunk)
        }
        progress.finish()
        if let error = results.firstError { throw error }
        var all = GlossaryCollector()
        for collector in results.collectors { all.append(collector!) }
        return all
    }
}

/// What the workers of `GlossaryCommand.collect` hand back, under a lock.
final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [GlossaryCollector?]
    private var error: (index: Int, error: Error)?

    init(count: Int) { stored = Array(repeating: nil, count: count) }

    func store(_ collector: GlossaryCollector, at chunk: Int) {
        lock.lock()
        stored[chunk] = collector
        lock.unlock()
    }

    /// Keeps the error of the earliest document, so the message does not depend on timing.
    func fail(at index: Int, _ error: Error) {
        lock.lock()
        if self.error.map({ index < $0.index }) ?? true { self.error = (index, error) }
        lock.unlock()
    }

    var failed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return error != nil
    }

    var firstError: Error? {
        lock.lock()
        defer { lock.unlock() }
        return error?.error
    }

    var collectors: [GlossaryCollector?] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
