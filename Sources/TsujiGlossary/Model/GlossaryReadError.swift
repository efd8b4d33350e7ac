/// A glossary file that cannot be read, with the file and the line (or byte offset) at fault.
public struct GlossaryReadError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, without the place; readers add the place.
    public struct Reason: Error, Sendable {
        /// What is wrong.
        public var message: String
        /// The reason `message`.
        public init(_ message: String) { self.message = message }
    }

    /// The file's path, as given to the reader.
    public var file: String
    /// 1-based line, when the format has lines.
    public var line: Int?
    /// What is wrong there.
    public var message: String

    /// An error in `file`, at `line` when known.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` without a line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
