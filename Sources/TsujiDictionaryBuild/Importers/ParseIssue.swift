import TsujiDictionary

/// A malformed line or record in a source file, named by file and line.
///
/// Parsers collect these and go on; with `strict` they throw the first one instead.
public struct ParseIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`
    public var description: String { "\(file):\(line): \(message)" }
}
