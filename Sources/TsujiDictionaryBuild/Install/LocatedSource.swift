import TsujiDictionary

/// A dictionary source found on this machine.
public struct LocatedSource: Sendable, Hashable {
    /// Where the files were found.
    public enum Origin: String, Sendable, Hashable {
        /// Installed system-wide (the Debian package is installed).
        case system
        /// Fetched earlier into tsuji's data directory.
        case cache
        /// Fetched just now.
        case downloaded
    }

    /// The source the files hold.
    public let source: DictionarySource
    /// The files, in the order the source's package lists them (Unihan: readings, then variants).
    public let files: [String]
    /// Where the files were found.
    public let origin: Origin

    /// A source found at `files`.
    public init(source: DictionarySource, files: [String], origin: Origin) {
        self.source = source
        self.files = files
        self.origin = origin
    }
}
