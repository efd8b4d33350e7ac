@testable import TsujiDictionary
import TsujiAnnotate

/// The compiled dictionary reader over arbitrary files. With the first byte odd, the file's
/// checksums are recomputed first, so that the damage reaches the structure checks and the
/// readers instead of stopping at the checksum. An opened file is read every way the API offers.
public enum CompiledHarness {
    public static func run(_ data: [UInt8]) {
        guard let mode = data.first else { return }
        var bytes = Array(data.dropFirst())
        if mode & 1 == 1 { bytes = resealed(bytes) }
        guard let dictionary = try? CompiledDictionary(bytes: bytes, name: "fuzz.dic") else { return }
        _ = try? dictionary.verify()
        // Probes: keys the index holds (from a predictive walk) and slices of the input.
        var probes: [[UInt8]] = [Array("中国".utf8), Array("ab".utf8), []]
        for start in stride(from: 0, to: min(bytes.count, 512), by: 61) { probes.append(Array(bytes[start..<min(bytes.count, start + 7)])) }
        for index in 0..<min(dictionary.entryCount, 256) {
            _ = try? dictionary.entry(at: index)
            _ = dictionary.traits(at: index)
        }
        _ = VariantFolder(extraPairs: dictionary.variantPairs).key("尭舜と団")
        for name in dictionary.indexNames {
            guard let index = dictionary.index(named: name) else { continue }
            let walked = (try? index.predictive(prefix: [], limit: 64)) ?? []
            for (key, entries) in walked {
                probes.append(key)
                _ = try? dictionary.entries(at: entries.prefix(8))
            }
            for probe in probes {
                _ = try? index.lookup(probe)
                _ = try? index.commonPrefixMatches(in: probe + probe, from: 0)
                _ = try? index.predictive(prefix: Array(probe.prefix(2)), limit: 32)
            }
        }
        // As a layer of the stack: lookup and annotation go through it too.
        let keys = IndexKeys(folder: VariantFolder(extraPairs: dictionary.variantPairs))
        let stack = DictionaryStack(layers: [CompiledLayer(dictionary)], keys: keys)
        let engine = LookupEngine(stack: stack)
        for probe in probes.prefix(12) {
            let query = String(decoding: probe, as: UTF8.self)
            _ = engine.lookup(query)
            _ = engine.lookup(query, options: .init(prefix: true, limit: 5))
        }
        let text = probes.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "の")
        _ = Annotator(stack: stack).annotate(text)
    }

    /// Recomputes both checksums (the layout is in CompiledDictionaryLayout).
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        typealias L = CompiledDictionaryLayout
        var bytes = bytes
        guard bytes.count >= L.fixedHeaderSize else { return bytes }
        let headerLength = bytes.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: L.headerLengthOffset, as: UInt32.self))) }
        guard headerLength >= L.fixedHeaderSize, headerLength <= bytes.count else { return bytes }
        let body = bytes.withUnsafeBytes { Checksum.fnv1a64Lanes(UnsafeRawBufferPointer(rebasing: $0[headerLength...])) }
        bytes.storeLittleEndian(body, at: L.bodyChecksumOffset)
        bytes.storeLittleEndian(UInt64(0), at: L.headerChecksumOffset)
        let header = bytes.withUnsafeBytes { Checksum.fnv1a64Lanes(UnsafeRawBufferPointer(rebasing: $0[..<headerLength])) }
        bytes.storeLittleEndian(header, at: L.headerChecksumOffset)
        return bytes
    }
}
