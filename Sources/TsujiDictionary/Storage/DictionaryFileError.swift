/// Why a compiled dictionary file was refused. Its description names the file and ends with the
/// remedy, since a bad file is always fixed the same way: reinstall it.
public struct DictionaryFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the file.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or mapped; the text is the system's reason.
        case cannotOpen(String)
        /// The file ends early. `expected` is the length the header gives, when it could be read.
        case truncated(expected: UInt64?, found: UInt64)
        /// The file does not start with `TSUJIDIC`: it is not a compiled dictionary.
        case badMagic
        /// The file was written in a format version this build cannot read.
        case unsupportedVersion(found: UInt32, expected: UInt32)
        /// The stored checksum of `region` (`header` or `body`) does not match its bytes.
        case checksumMismatch(region: String)
        /// The bytes are inconsistent; the text says where (byte offsets) and what.
        case corrupt(String)
    }

    /// The path of the file (or the name given to an in-memory dictionary).
    public var path: String
    /// What is wrong with it.
    public var reason: Reason

    /// The error for the file at `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// "<path>: <what is wrong>; run `tsuji dict install`".
    public var description: String {
        let what: String
        switch reason {
        case .cannotOpen(let why):
            what = "cannot open the dictionary: \(why)"
        case .truncated(let expected?, let found):
            what = "dictionary file is truncated: \(found) bytes, the header says \(expected)"
        case .truncated(nil, 0):
            what = "dictionary file is empty"
        case .truncated(nil, let found):
            what = "dictionary file is truncated: \(found) bytes is shorter than its header"
        case .badMagic:
            what = "not a tsuji dictionary (it does not start with TSUJIDIC)"
        case .unsupportedVersion(let found, let expected):
            what = "dictionary format version \(found) is not supported (this tsuji reads version \(expected))"
        case .checksumMismatch(let region):
            what = "dictionary \(region) checksum does not match: the file is corrupted"
        case .corrupt(let detail):
            what = "dictionary file is corrupted: \(detail)"
        }
        return "\(path): \(what); run `tsuji dict install`"
    }
}
