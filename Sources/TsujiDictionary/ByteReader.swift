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
        guard let string = String(validating: raw, as: UTF8.self) else {
            throw Failure(message: "at byte \(fileOffset + start): \(what()) is not valid UTF-8")
        }
        return string
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
