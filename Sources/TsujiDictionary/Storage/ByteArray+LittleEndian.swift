/// Little-endian appends for building the compiled dictionary format.
extension Array where Element == UInt8 {
    package mutating func appendLittleEndian(_ value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    package mutating func appendLittleEndian(_ value: UInt64) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    /// Unsigned LEB128.
    package mutating func appendVarint(_ value: Int) {
        var n = UInt64(value)
        while n >= 0x80 {
            append(UInt8(truncatingIfNeeded: n) | 0x80)
            n >>= 7
        }
        append(UInt8(n))
    }

    /// A LEB128 length followed by the UTF-8 bytes.
    package mutating func appendVarintString(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            appendVarint(utf8.count)
            append(contentsOf: utf8)
        }
    }

    /// A 32-bit length followed by the UTF-8 bytes.
    package mutating func appendU32String(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            appendLittleEndian(UInt32(utf8.count))
            append(contentsOf: utf8)
        }
    }

    /// Serialized trie or postings words, little-endian.
    package mutating func appendWords(_ words: [UInt32]) {
        #if _endian(little)
        words.withUnsafeBytes { append(contentsOf: $0) }
        #else
        for word in words { appendLittleEndian(word) }
        #endif
    }

    package mutating func padToMultiple(of alignment: Int) {
        while count % alignment != 0 { append(0) }
    }

    package mutating func storeLittleEndian(_ value: UInt64, at offset: Int) {
        Swift.withUnsafeBytes(of: value.littleEndian) { bytes in
            for (i, byte) in bytes.enumerated() { self[offset + i] = byte }
        }
    }

    package mutating func storeLittleEndian(_ value: UInt32, at offset: Int) {
        Swift.withUnsafeBytes(of: value.littleEndian) { bytes in
            for (i, byte) in bytes.enumerated() { self[offset + i] = byte }
        }
    }
}
