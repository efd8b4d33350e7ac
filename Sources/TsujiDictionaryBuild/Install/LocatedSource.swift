import TsujiDictionary

/// A dictionary source found on this machine.
public struct LocatedSource: Sendable, Hashable {
    public enum Origin: String, Sendable, Hashable {
        /// Installed system-wide (the Debian package is installed).
        case system
        /// Fetched earlier into tsuji's data directory.
        case cache
        /// Fetched just now.
        case downloaded
    }

    public let source: DictionarySource
    /// The files, in the order the source's package lists them (Unihan: readings, then variants).
    public let files: [String]
    public let origin: Origin

    public init(source: DictionarySource, files: [String], origin: Origin) {
        self.source = source
        self.files = files
        self.origin = origin
    }
}
