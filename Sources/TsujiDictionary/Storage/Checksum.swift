/// The checksum of the compiled dictionary format: FNV-1a 64 applied to little-endian 64-bit
/// words in four interleaved lanes, then folded together with the length.
///
/// Byte-wise FNV-1a runs at about one byte per cycle (~100 ms for 100 MB); four independent word
/// lanes let the multiplications overlap, so the same check costs ~10 ms. Any change to one word
/// changes the result (each step is a bijection of the lane state). It detects corruption; it is
/// not meant to resist tampering.
package enum Checksum {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    package static func fnv1a64Lanes(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h0 = offsetBasis, h1 = offsetBasis ^ 1, h2 = offsetBasis ^ 2, h3 = offsetBasis ^ 3
        let count = bytes.count
        var i = 0
        if let p = bytes.baseAddress {
            while count - i >= 32 {
                h0 = (h0 ^ UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* prime
                h1 = (h1 ^ UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))) &* prime
                h2 = (h2 ^ UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))) &* prime
                h3 = (h3 ^ UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))) &* prime
                i += 32
            }
            while i < count {
                h0 = (h0 ^ UInt64(p.load(fromByteOffset: i, as: UInt8.self))) &* prime
                i += 1
            }
        }
        var h = offsetBasis
        for lane in [h0, h1, h2, h3, UInt64(count)] {
            for shift in stride(from: 0, to: 64, by: 8) {
                h = (h ^ ((lane >> UInt64(shift)) & 0xFF)) &* prime
            }
        }
        return h
    }
}
