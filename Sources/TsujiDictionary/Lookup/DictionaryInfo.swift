import Foundation
import TsujiText

/// What `tsuji dict info` describes: the curated terms embedded in the binary and, when one is
/// installed (or named), the compiled dictionary file with its sources. Rendered as text for
/// people or as the `tsuji.dict-info/1` JSON contract.
public struct DictionaryInfo: Sendable {
    /// The two renderings.
    public enum Format: String, CaseIterable, Sendable {
        case text, json
    }

    /// A compiled dictionary file as its header describes it.
    public struct CompiledFile: Sendable {
        /// Where the file is.
        public var path: String
        /// The file's size.
        public var byteCount: Int
        /// The entries of every source together.
        public var entryCount: Int
        /// The sources compiled into it, as its header lists them.
        public var sources: [SourceInfo]

        /// A file's description, as read from its header.
        public init(path: String, byteCount: Int, entryCount: Int, sources: [SourceInfo]) {
            self.path = path
            self.byteCount = byteCount
            self.entryCount = entryCount
            self.sources = sources
        }
    }

    /// tsuji's version, which is the curated terms' version.
    public var version: String
    /// How many curated terms are compiled into the binary.
    public var curatedEntryCount: Int
    /// nil when no compiled dictionary is installed.
    public var compiled: CompiledFile?

    /// A description from its facts (``load(version:file:environment:)`` gathers them).
    public init(version: String, curatedEntryCount: Int, compiled: CompiledFile?) {
        self.version = version
        self.curatedEntryCount = curatedEntryCount
        self.compiled = compiled
    }

    /// Describes the embedded terms and `file`, else the installed dictionary of the data
    /// directory when there is one. The file is verified whole (its body checksum too).
    ///
    /// Throws `DictionaryLoader.LoadError`: `.missingFile` when `file` does not exist,
    /// `.badDictionary` when the file is refused.
    public static func load(version: String, file: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DictionaryInfo {
        let curated = try DictionaryStack.embeddedTerms()
        let path = file ?? DataDirectory.compiledDictionary(environment: environment).path
        var compiled: CompiledFile?
        if FileManager.default.fileExists(atPath: path) {
            do throws(DictionaryFileError) {
                let dictionary = try CompiledDictionary(contentsOf: URL(fileURLWithPath: path))
                try dictionary.verify()
                compiled = CompiledFile(path: path, byteCount: dictionary.byteCount, entryCount: dictionary.entryCount,
                                        sources: dictionary.sources)
            } catch {
                throw DictionaryLoader.LoadError.badDictionary(error)
            }
        } else if file != nil {
            throw DictionaryLoader.LoadError.missingFile(path)
        }
        return DictionaryInfo(version: version, curatedEntryCount: curated.entryCount, compiled: compiled)
    }

    /// The description in `format`, ending with a newline.
    public func render(_ format: Format) -> String {
        switch format {
        case .text: text
        case .json: json
        }
    }

    /// `tsuji.dict-info/1`: the sources (the embedded terms first), then the file, its size and
    /// entry count, or `"file":null`; and a newline.
    public var json: String {
        var json = JSONWriter()
        json.beginObject()
        json.string("format", "tsuji.dict-info/1")
        json.beginArray(key: "sources")
        let embedded = SourceInfo(name: DictionarySource.curated.name, version: version, licence: DictionarySource.curated.licence,
                                  entryCount: curatedEntryCount)
        for (index, source) in ([embedded] + (compiled?.sources ?? [])).enumerated() {
            json.beginObject()
            json.string("name", source.name)
            json.string("version", source.version)
            json.string("licence", source.licence)
            json.number("entries", source.entryCount)
            json.number("skippedLines", source.skippedLines)
            json.bool("embedded", index == 0)
            json.endObject()
        }
        json.endArray()
        if let compiled {
            json.string("file", compiled.path)
            json.number("bytes", compiled.byteCount)
            json.number("entries", compiled.entryCount)
        } else {
            json.null("file")
        }
        json.endObject()
        return json.output + "\n"
    }

    /// A line per source (name, entries, skipped lines, version, licence), then the file's path,
    /// size in MB and entry count, or how to install one.
    public var text: String {
        var out = "tsuji-terms   \(curatedEntryCount) curated terms, embedded in this binary\n"
        guard let compiled else { return out + "full dictionaries: not installed (run `tsuji dict install`)\n" }
        for source in compiled.sources {
            out += "\(source.name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(source.entryCount) entries"
            out += source.skippedLines > 0 ? ", \(source.skippedLines) skipped lines" : ""
            out += " · version \(source.version) · \(source.licence)\n"
        }
        out += String(format: "compiled file: %@ (%.1f MB, %d entries)\n", compiled.path,
                      Double(compiled.byteCount) / 1_048_576, compiled.entryCount)
        return out
    }
}
