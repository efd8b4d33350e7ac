import TsujiDictionary

/// A malformed line or record in a source file, named by file and line.
///
/// Parsers collect these and go on; with `strict` they throw the first one instead.
public struct ParseIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input's name (its path).
    public let file: String
    /// The line number, from 1.
    public let line: Int
    /// What is wrong with the line or record.
    public let message: String

    /// An issue at line `line` of `file`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`
    public var description: String { "\(file):\(line): \(message)" }
}
