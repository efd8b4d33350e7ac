/// Two readings of one written form that a merge could not reconcile (two pinyin for one
/// hanzi), reported to the user; the merge keeps the existing glossary's value.
public struct GlossaryConflict: Sendable, Hashable, CustomStringConvertible {
    /// The existing glossary file, and the line of its row when known.
    public var file: String
    /// The line of the existing row, when the format has lines per row.
    public var line: Int?
    /// The written form both readings belong to.
    public var form: String
    /// What disagrees, in words for the user ("two pinyin for one hanzi: …").
    public var message: String

    /// A conflict over `form` in the row of `file` at `line`.
    public init(file: String, line: Int?, form: String, message: String) {
        self.file = file
        self.line = line
        self.form = form
        self.message = message
    }

    /// `file:line: form: message` (the line left out when not known).
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(form): \(message)"
    }
}
