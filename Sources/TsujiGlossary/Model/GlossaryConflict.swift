/// Two readings of one written form that a merge could not reconcile (two pinyin for one
/// hanzi), reported to the user; the merge keeps the existing glossary's value.
public struct GlossaryConflict: Sendable, Hashable, CustomStringConvertible {
    /// The existing glossary file, and the line of its row when known.
    public var file: String
    public var line: Int?
    /// The written form both readings belong to.
    public var form: String
    public var message: String

    public init(file: String, line: Int?, form: String, message: String) {
        self.file = file
        self.line = line
        self.form = form
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(form): \(message)"
    }
}
