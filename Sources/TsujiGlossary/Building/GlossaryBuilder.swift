import Foundation
import TsujiAnnotate
import TsujiText

/// Collects the terms of many documents for a glossary, on every core: what
/// `tsuji glossary` does before it writes.
///
/// Documents are read and annotated in chunks of consecutive documents, one collector per
/// chunk, and the chunks' collectors are appended in input order: the result is exactly the
/// single-threaded one, whatever the timing.
public struct GlossaryBuilder: Sendable {
    /// What finds each document's terms (with `all`, Japanese words too).
    public let annotator: Annotator

    /// A builder that annotates with `annotator`.
    public init(annotator: Annotator) { self.annotator = annotator }

    /// Reads each of `names` with `read` and annotates it, several at a time; `progress` is
    /// called after each document. `read` and `progress` are called from any thread.
    ///
    /// When a document fails to read, no further ones are started, and of the documents that
    /// failed the earliest one's error is thrown (not the first to fail in time).
    public func collect(_ names: [String], read: @Sendable (String) throws -> TextDocument,
                        progress: @Sendable () -> Void = {}) throws -> GlossaryCollector {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(1, min(64, names.count / (workers * 4)))
        let chunks = stride(from: 0, to: names.count, by: chunkSize).map { $0..<min($0 + chunkSize, names.count) }
        let results = ChunkResults(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            var collector = GlossaryCollector()
            for index in chunks[chunk] {
                if results.failed { return }
                do {
                    let document = try read(names[index])
                    collector.add(AnnotatedDocument(source: document.name, text: document.text,
                                                    annotations: annotator.annotate(document.text)))
                } catch {
                    results.fail(at: index, error)
                    return
                }
                progress()
            }
            results.store(collector, at: chunk)
        }
        if let error = results.firstError { throw error }
        var all = GlossaryCollector()
        for collector in results.collectors { all.append(collector!) }
        return all
    }
}

/// What the workers of `GlossaryBuilder.collect` hand back, under a lock.
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
