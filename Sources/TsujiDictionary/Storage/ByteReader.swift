/// A bounds-checked little-endian reader over part of a dictionary file. Every read checks the
/// remaining length first, so no byte sequence can make it read outside its range.
struct ByteReader {
    struct Failure: Error {
        var message: String
    }

    private let base: UnsafeRawPointer?
    let count: Int
    /// The file offset of the range's first byte, for error messages.
    let fileOffset: Int
    private(set) var position = 0

    init(_ bytes: UnsafeRawBufferPointer, fileOffset: Int) {
        base = bytes.baseAddress
        count = bytes.count
        self.fileOffset = fileOffset
    }

    var remaining: Int { count - position }
    var isAtEnd: Bool { position == count }

    private func need(_ n: Int, _ what: @autoclosure () -> String) throws(Failure) -> UnsafeRawPointer {
        guard n >= 0, n <= count - position, let base else {
            throw Failure(message: "at byte \(fileOffset + position): \(what()) of \(n) bytes runs past the end (\(count - position) left)")
        }
        return base + position
    }

    mutating func u8(_ what: @autoclosure () -> String) throws(Failure) -> UInt8 {
        let p = try need(1, what())
        position += 1
        return p.load(as: UInt8.self)
    }

    mutating func u32(_ what: @autoclosure () -> String) throws(Failure) -> UInt32 {
        let p = try need(4, what())
        position += 4
        return UInt32(littleEndian: p.loadUnaligned(as: UInt32.self))
    }

    mutating func u64(_ what: @autoclosure () -> String) throws(Failure) -> UInt64 {
        let p = try need(8, what())
        position += 8
        return UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
    }

    /// An unsigned LEB128 number of at most 32 bits.
    mutating func varint(_ what: @autoclosure () -> String) throws(Failure) -> Int {
        let start = position
        var value = 0
        var shift = 0
        while true {
            let byte = try u8(what())
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
            if shift > 28 { throw Failure(message: "at byte \(fileOffset + start): \(what()) is not a valid number") }
        }
        guard value <= Int(UInt32.max) else {
            throw Failure(message: "at byte \(fileOffset + start): \(what()) is out of range")
        }
        return value
    }

    mutating func bytes(_ n: Int, _ what: @autoclosure () -> String) throws(Failure) -> UnsafeRawBufferPointer {
        let p = try need(n, what())
        position += n
        return UnsafeRawBufferPointer(start: p, count: n)
    }

    /// `n` bytes of valid UTF-8.
    mutating func string(length n: Int, _ what: @autoclosure () -> String) throws(Failure) -> String {
        let start = position
        let raw = try bytes(n, what())
        guard Self.isValidUTF8(raw) else {
            throw Failure(message: "at byte \(fileOffset + start): \(what()) is not valid UTF-8")
        }
        // Valid, so nothing is repaired. (`String(validating:as:)` instantiates generic
        // metadata on every call: a tenth of decoding an entry.)
        return String(decoding: raw.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// Whether `bytes` are well-formed UTF-8 (RFC 3629: no overlong form, no surrogate,
    /// nothing past U+10FFFF, no sequence cut short).
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var at = 0
        let count = bytes.count
        /// Whether the `n` bytes from `at + 1` are continuation bytes, the first within `second`.
        @inline(__always) func continues(_ n: Int, second: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            guard n < count - at, second.contains(bytes[at + 1]) else { return false }
            for offset in stride(from: 2, through: n, by: 1) where bytes[at + offset] & 0xC0 != 0x80 { return false }
            return true
        }
        while at < count {
            let lead = bytes[at]
            let length: Int
            switch lead {
            case 0..<0x80:
                at += 1
                continue
            case 0xC2...0xDF: guard continues(1) else { return false }; length = 2
            case 0xE0: guard continues(2, second: 0xA0...0xBF) else { return false }; length = 3
            case 0xE1...0xEC, 0xEE, 0xEF: guard continues(2) else { return false }; length = 3
            case 0xED: guard continues(2, second: 0x80...0x9F) else { return false }; length = 3
            case 0xF0: guard continues(3, second: 0x90...0xBF) else { return false }; length = 4
            case 0xF1...0xF3: guard continues(3) else { return false }; length = 4
            case 0xF4: guard continues(3, second: 0x80...0x8F) else { return false }; length = 4
            default: return false
            }
            at += length
        }
        return true
    }

    /// A string stored as a LEB128 length and its UTF-8 bytes.
    mutating func varintString(_ what: @autoclosure () -> String) throws(Failure) -> String {
        let n = try varint(what())
        return try string(length: n, what())
    }

    /// A string stored as a 32-bit length and its UTF-8 bytes.
    mutating func u32String(_ what: @autoclosure () -> String) throws(Failure) -> String {
        let n = try u32(what())
        return try string(length: Int(n), what())
    }
}
