/// The written forms (surface keys) of one dictionary layer, prepared for scanning a long text
/// position by position: the trie with its first-character steps (``FirstCharacterSteps``) made
/// once, so that a position costs one table read before the walk goes on below the first
/// character. Making one takes a few milliseconds; the annotator makes one per layer, a single
/// lookup never does.
///
/// Public only as an opaque value a layer hands to ``SurfaceMatcher``: its pointers stay in
/// this module.
public struct SurfaceScanner: Sendable {
    private let trie: DoubleArrayTrie?
    private let steps: FirstCharacterSteps.Storage?

    /// A scanner over `trie`'s keys; a nil trie (a layer with no written forms) finds nothing.
    init(trie: DoubleArrayTrie?) {
        self.trie = trie
        steps = trie?.view.makeFirstCharacterSteps()
    }

    /// This scanner as plain pointers and counts, for a scan's inner loop: copying a probe
    /// costs no reference counting (copying the scanner retains its trie's memory and tables).
    /// Valid only while this scanner is alive: keep it with `withExtendedLifetime`.
    var unsafeProbe: Probe { Probe(view: trie?.view, steps: steps?.steps) }

    /// See ``SurfaceScanner/unsafeProbe``.
    struct Probe: Sendable {
        let view: TrieView?
        let steps: FirstCharacterSteps?

        /// The longest surface key that is a prefix of `bytes[start...]` and ends where
        /// `allowedEnds` (`bytes.count + 1` flags) is true; nil when there is none. The same
        /// key as the last call of ``forEachPrefix(in:from:_:)`` that such a filter keeps, found
        /// without reading the keys it passes over.
        ///
        /// Always inlined, so that a scan calls the trie directly (a call through this wrapper
        /// copied the trie view and tables for every position and layer).
        @inline(__always)
        func longestPrefix(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, allowedEnds: UnsafePointer<Bool>) -> PrefixMatch? {
            view?.longestPrefixUTF8(in: bytes, from: start, steps: steps, allowedEnds: allowedEnds)
        }

        /// Calls `body(length, key)` for every surface key that is a prefix of
        /// `bytes[start...]`, shortest first: the same calls as the layer's
        /// ``DictionaryLayer/forEachSurfacePrefix(of:from:_:)``.
        func forEachPrefix(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (_ length: Int, _ key: UInt32) -> Void) {
            guard let view else { return }
            if let steps {
                view.commonPrefixSearchUTF8(in: bytes, from: start, steps: steps, body)
            } else {
                view.commonPrefixSearchUTF8(in: bytes, from: start, body)
            }
        }
    }
}
