/// A decoded document: its name as the user gave it ("-" for standard input) and its text.
public struct TextDocument: Sendable, Hashable {
    /// The name for output and messages, as given ("-" for standard input).
    public var name: String
    /// The decoded text.
    public var text: String

    /// A document named `name` with `text`.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
