import TsujiText

/// What `tsuji romanize` prints, a line at a time as the inputs come: the romanized text of
/// each, or one JSON array with an object per input on its own line,
/// `{"input":…,"system":…,"output":…,"fallback":…}`.
public struct RomanizationOutput: Sendable {
    /// A line per input, or a JSON array.
    public enum Format: String, CaseIterable, Sendable {
        case text, json
    }

    /// The format of every line.
    public let format: Format
    /// The last object, held back until the next (or the end) tells whether a comma follows.
    private var pendingObject: String?
    private var started = false

    /// The output of no input yet, in `format`.
    public init(format: Format = .text) { self.format = format }

    /// The lines to print (without line ends) for one more input and its romanization.
    public mutating func add(_ input: String, _ result: Romanizer.Result) -> [String] {
        switch format {
        case .text:
            return [result.output]
        case .json:
            var lines: [String] = []
            if !started {
                lines.append("[")
                started = true
            }
            if let pendingObject { lines.append(pendingObject + ",") }
            // This contract never escaped U+2028/U+2029; its bytes stay as they were.
            var json = JSONWriter(lineSeparators: .verbatim)
            json.beginObject()
            json.string("input", input)
            json.string("system", result.systemUsed)
            json.string("output", result.output)
            json.bool("fallback", result.usedFallback)
            json.endObject()
            pendingObject = json.output
            return lines
        }
    }

    /// The lines that end the output: for JSON, the last object and the array's end (an empty
    /// array when there was no input).
    public mutating func finish() -> [String] {
        guard format == .json else { return [] }
        var lines: [String] = []
        if !started { lines.append("[") }
        if let pendingObject { lines.append(pendingObject) }
        pendingObject = nil
        started = false
        lines.append("]")
        return lines
    }
}
