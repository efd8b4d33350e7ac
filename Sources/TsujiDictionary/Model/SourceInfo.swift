/// One source compiled into a dictionary file, as its header lists it.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// The source name, as entries give it in ``Entry/source`` (`cc-cedict`, `edict`, …).
    public var name: String
    /// The source's own version or date (a package version, a file date).
    public var version: String
    /// The licence the source's data is under (`CC BY-SA 4.0`, …).
    public var licence: String
    /// How many entries the source contributed.
    public var entryCount: Int
    /// How many source lines the parser skipped as malformed.
    public var skippedLines: Int

    /// The header's description of one source.
    public init(name: String, version: String, licence: String, entryCount: Int, skippedLines: Int = 0) {
        self.name = name
        self.version = version
        self.licence = licence
        self.entryCount = entryCount
        self.skippedLines = skippedLines
    }
}
