/// A decoded document: its name as the user gave it ("-" for standard input) and its text.
public struct TextDocument: Sendable, Hashable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
