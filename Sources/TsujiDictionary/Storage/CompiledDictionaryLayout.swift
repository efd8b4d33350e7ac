/// The byte layout of a compiled dictionary file (format version 2). All numbers little-endian.
///
/// ```
/// header (headerLength bytes, a multiple of 8)
///   0  magic "TSUJIDIC"                8  format version u32      12 headerLength u32
///   16 fileLength u64                  24 body checksum u64       32 header checksum u64
///   40 entry count u32                 44 section count u32      48 source count u32
///   52 reserved u32 = 0                56 reserved u64 = 0
///   64 section directory: per section name[16] (ASCII, NUL-padded), offset u64, length u64
///      sources: per source name, version, licence (u32 length + UTF-8), entry count u64,
///      skipped lines u64; zero padding to a multiple of 8
/// body: the sections, each at a multiple of 8 inside [headerLength, fileLength)
///   "entries"  entry count × 8-byte records (see `entryRecordSize`)
///   "pool"     the entry bodies, one after another in entry order (see `EntryBinaryCoding`)
///   "srcnames" the entries' source names: a LEB128 count, then LEB128-length strings
///   "notes"    notes shared by entries (ENAMDICT's "surname" …): LEB128-length strings
///   "variants" optional: (variant, traditional) code point pairs, u32 each, from KANJIDIC2
///              and Unihan; the fold keys of every index were made with them
///   "trie:N"   a `DoubleArrayTrie` of index N's keys
///   "post:N"   index N's postings: u32 words; a list is a count then that many entry indexes,
///              strictly ascending (so never more than the entry count)
/// ```
/// The header checksum covers the header with its own field read as zero; the body checksum
/// covers `[headerLength, fileLength)`. Both use `Checksum.fnv1a64Lanes`.
///
/// Version 2 halved the entry record (the body length is where the next body starts; the source
/// is a one-byte index), stores numeric ids (`enamdict:310480`) as a number and each distinct
/// note once, and keeps in each record the traits the classifier needs: 188 MB (10^6 bytes)
/// became 144 MB for the same 1,187,485 entries.
package enum CompiledDictionaryLayout {
    package static let magic: [UInt8] = Array("TSUJIDIC".utf8)
    package static let formatVersion: UInt32 = 2

    package static let versionOffset = 8
    package static let headerLengthOffset = 12
    package static let fileLengthOffset = 16
    package static let bodyChecksumOffset = 24
    package static let headerChecksumOffset = 32
    package static let entryCountOffset = 40
    package static let sectionCountOffset = 44
    package static let sourceCountOffset = 48
    package static let fixedHeaderSize = 64
    /// Headers larger than this are refused as corrupt, before anything is read from them.
    package static let maxHeaderLength = 1 << 24

    package static let sectionNameSize = 16
    package static let sectionRecordSize = 32
    package static let alignment = 8

    /// Entry record: body offset u32 (in the pool), source u8 (an index into "srcnames"),
    /// language u8, kind u8, flags u8.
    package static let entryRecordSize = 8
    package static let flagCommon: UInt8 = 1
    /// The body ends with the note: a LEB128 offset into the "notes" section.
    package static let flagHasNote: UInt8 = 2
    /// The id is `source:N`, stored as N (LEB128) instead of a string.
    package static let flagNumericID: UInt8 = 4
    /// ``EntryTraits/isTiedToChina``.
    package static let flagTiedToChina: UInt8 = 8
    /// ``EntryTraits/isProperNoun``.
    package static let flagProperNoun: UInt8 = 16
    package static let knownFlags: UInt8 = flagCommon | flagHasNote | flagNumericID | flagTiedToChina | flagProperNoun

    package static let entriesSection = "entries"
    package static let poolSection = "pool"
    package static let sourceNamesSection = "srcnames"
    package static let notesSection = "notes"
    package static let variantsSection = "variants"
    package static let triePrefix = "trie:"
    package static let postingsPrefix = "post:"
    package static let maxIndexNameLength = 11

    /// A trie value with this bit set is a single entry index (the low 31 bits); otherwise it is
    /// the word offset of a postings list.
    package static let singleEntryFlag: UInt32 = 0x8000_0000

    package static func isValidIndexName(_ name: String) -> Bool {
        let utf8 = Array(name.utf8)
        return !utf8.isEmpty && utf8.count <= maxIndexNameLength && utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F || byte == 0x2D
        }
    }
}
