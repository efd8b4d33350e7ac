/// A glossary file that cannot be read, with the file and the line (or byte offset) at fault.
public struct GlossaryReadError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, without the place; readers add the place.
    public struct Reason: Error, Sendable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    public var file: String
    /// 1-based line, when the format has lines.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
