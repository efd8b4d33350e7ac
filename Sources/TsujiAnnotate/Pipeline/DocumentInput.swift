/// One input of ``DocumentAnnotator``: a document's text as it is decoded, a chunk at a time, so
/// that a long input is never held whole.
public protocol DocumentInput {
    /// Reads and decodes the next chunk, appending it to `text`. Returns false at the end of the
    /// input, after appending what the end completed (bytes a decoder held back); later calls
    /// return false and append nothing.
    mutating func readMore(into text: inout String) throws -> Bool

    /// Called once the document's output is written, before the next document's: where an input
    /// reports what its decoding replaced, so that the report follows the output it concerns.
    mutating func didWriteOutput()
}

extension DocumentInput {
    /// Nothing to report by default.
    public mutating func didWriteOutput() {}
}

/// A text already in memory, as a ``DocumentInput`` of one chunk.
public struct TextInput: DocumentInput, Sendable {
    private var text: String?

    /// `text` as the document's only chunk.
    public init(_ text: String) { self.text = text }

    /// Appends the whole text once, then reports the end.
    public mutating func readMore(into buffer: inout String) -> Bool {
        guard let text else { return false }
        buffer += text
        self.text = nil
        return true
    }
}
