import Foundation
import TsujiDictionary
internal import CCompression

/// Reads a source's bytes in chunks, decompressing gzip or bzip2 on the fly, so a large file is
/// never held whole in memory.
///
/// The compression is recognised from the first bytes (gzip `1F 8B`, bzip2 `BZh`), not from the
/// name; anything else is read as it is. Concatenated gzip members and bzip2 streams are read
/// one after the other, as `gzip -d` and `bzip2 -d` do. Not for use from several threads at once.
public final class DecompressingReader {
    /// The compression an input's first bytes show.
    public enum Compression: String, Sendable {
        /// Plain bytes, read as they are; gzip; bzip2.
        case none, gzip, bzip2
    }

    /// The input's name, for messages.
    public let name: String
    /// The input's compression, known once the reader is made.
    public private(set) var compression: Compression = .none
    /// How many (compressed) input bytes have been consumed so far.
    public private(set) var compressedOffset = 0

    private let chunkSize: Int
    private var fileDescriptor: Int32 = -1
    private var memory: [UInt8] = []
    private var memoryPosition = 0
    private var input: [UInt8] = []
    private var inputStart = 0
    private var sourceEnded = false
    private var streamEnded = false
    private var finished = false
    private var inflater: OpaquePointer?
    private var bunzipper: OpaquePointer?

    /// Opens `input`. `chunkSize` is the size of the pieces read and returned.
    public init(_ input: DictionaryInput, chunkSize: Int = 1 << 16) throws(DictionaryReadError) {
        self.name = input.name
        self.chunkSize = max(chunkSize, 64)
        switch input {
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            fileDescriptor = descriptor
            var status = stat()
            if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
                close(descriptor)
                fileDescriptor = -1
                throw .cannotOpen(path: path, reason: "is a directory")
            }
        case .bytes(let bytes, _):
            memory = bytes
        }
        try fill()
        if self.input.starts(with: [0x1F, 0x8B]) {
            compression = .gzip
            inflater = tsuji_inflater_open(TSUJI_INFLATE_GZIP_OR_ZLIB)
        } else if self.input.starts(with: [0x42, 0x5A, 0x68]) {
            compression = .bzip2
            bunzipper = tsuji_bunzipper_open()
        }
        if compression != .none, inflater == nil, bunzipper == nil {
            let why = compression == .bzip2 ? "libbz2 (Debian package libbz2-1.0) could not be loaded, or out of memory" : "out of memory"
            throw .io(path: name, reason: "cannot start the \(compression.rawValue) decoder: \(why)")
        }
    }

    /// Opens the file at `path`.
    public convenience init(path: String, chunkSize: Int = 1 << 16) throws(DictionaryReadError) {
        try self.init(.file(path), chunkSize: chunkSize)
    }

    deinit {
        if fileDescriptor >= 0 { close(fileDescriptor) }
        if let inflater { tsuji_inflater_close(inflater) }
        if let bunzipper { tsuji_bunzipper_close(bunzipper) }
    }

    /// The next piece of decompressed bytes (at most the chunk size), or nil at the end.
    public func read() throws(DictionaryReadError) -> [UInt8]? {
        if finished { return nil }
        if compression == .none {
            if inputStart == input.count { try fill() }
            if inputStart == input.count {
                finished = true
                return nil
            }
            let chunk = inputStart == 0 ? input : Array(input[inputStart...])
            compressedOffset += chunk.count
            inputStart = input.count
            return chunk
        }
        var output = [UInt8](repeating: 0, count: chunkSize)
        var produced = 0
        var stalls = 0
        while produced < chunkSize {
            if streamEnded {
                if inputStart == input.count { try fill() }
                if inputStart == input.count {
                    finished = true
                    break
                }
                // Another gzip member or bzip2 stream follows.
                try restartDecoder()
                streamEnded = false
            }
            if inputStart == input.count, !sourceEnded { try fill() }
            let available = input.count - inputStart
            var used = 0
            var made = 0
            let status = input.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    decodeStep(
                        source.baseAddress.map { $0 + inputStart }, available, &used,
                        target.baseAddress! + produced, chunkSize - produced, &made)
                }
            }
            inputStart += used
            compressedOffset += used
            produced += made
            if status < 0 { throw corrupt(status) }
            if status == 1 {
                streamEnded = true
                continue
            }
            if used == 0, made == 0 {
                if sourceEnded, inputStart == input.count {
                    throw .truncated(path: name, format: compression.rawValue, byteOffset: compressedOffset)
                }
                stalls += 1
                if stalls > 2 {
                    throw .corrupt(path: name, format: compression.rawValue, byteOffset: compressedOffset,
                                   reason: "the decoder makes no progress")
                }
            } else {
                stalls = 0
            }
        }
        if produced == 0 { return nil }
        if produced < chunkSize { output.removeSubrange(produced...) }
        return output
    }

    private func decodeStep(
        _ source: UnsafePointer<UInt8>?, _ available: Int, _ used: inout Int,
        _ target: UnsafeMutablePointer<UInt8>, _ capacity: Int, _ made: inout Int
    ) -> Int32 {
        if let inflater {
            return tsuji_inflate(inflater, source, available, &used, target, capacity, &made)
        }
        return tsuji_bunzip(bunzipper!, source, available, &used, target, capacity, &made)
    }

    private func restartDecoder() throws(DictionaryReadError) {
        let status = if let inflater { tsuji_inflater_reset(inflater) } else { tsuji_bunzipper_reset(bunzipper!) }
        if status != 0 {
            throw .corrupt(path: name, format: compression.rawValue, byteOffset: compressedOffset,
                           reason: "cannot restart the decoder for the next stream")
        }
    }

    private func corrupt(_ status: Int32) -> DictionaryReadError {
        var reason = "error \(status)"
        if let inflater, let message = tsuji_inflater_message(inflater) {
            reason = String(cString: message)
        } else if compression == .bzip2 {
            reason = status == -4 ? "data integrity error" : status == -5 ? "not bzip2 data" : "libbz2 error \(status)"
        }
        return .corrupt(path: name, format: compression.rawValue, byteOffset: compressedOffset, reason: reason)
    }

    /// Reads the next piece of raw input, keeping what is not consumed yet.
    private func fill() throws(DictionaryReadError) {
        if sourceEnded { return }
        if inputStart > 0 {
            input.removeSubrange(0..<inputStart)
            inputStart = 0
        }
        if fileDescriptor < 0 {
            let end = min(memory.count, memoryPosition + chunkSize)
            input.append(contentsOf: memory[memoryPosition..<end])
            memoryPosition = end
            if memoryPosition == memory.count {
                sourceEnded = true
                memory = []
            }
            return
        }
        let start = input.count
        input.append(contentsOf: repeatElement(0, count: chunkSize))
        var count = 0
        repeat {
            count = input.withUnsafeMutableBufferPointer { readFile(fileDescriptor, $0.baseAddress! + start, chunkSize) }
        } while count < 0 && errno == EINTR
        if count < 0 {
            let reason = String(cString: strerror(errno))
            input.removeSubrange(start...)
            throw .io(path: name, reason: reason)
        }
        input.removeSubrange((start + count)...)
        if count == 0 { sourceEnded = true }
    }
}

/// POSIX read(2), named apart from `DecompressingReader.read()`.
private func readFile(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
