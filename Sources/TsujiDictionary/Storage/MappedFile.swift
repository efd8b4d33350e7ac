#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory for the life of the object (or, for in-memory
/// dictionaries, an owned copy of some bytes). Tries and postings point into it and retain it.
///
/// The mapping is `MAP_PRIVATE` of the inode opened: `tsuji dict install` replaces a dictionary by
/// renaming a new file over it, which leaves an existing mapping intact. Truncating the file in
/// place while it is mapped would make reads fault (SIGBUS); nothing in tsuji does that.
final class MappedFile: @unchecked Sendable {
    // @unchecked: the memory is immutable and released only in deinit.
    let bytes: UnsafeRawBufferPointer
    private let isMapped: Bool

    init(path: String) throws(DictionaryFileError) {
        func failure(_ what: String) -> DictionaryFileError {
            DictionaryFileError(path: path, reason: .cannotOpen("\(what): \(String(cString: strerror(errno)))"))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("stat") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw DictionaryFileError(path: path, reason: .cannotOpen("not a regular file"))
        }
        let size = Int(info.st_size)
        if size == 0 {
            // mmap cannot map nothing; an empty buffer lets the parser report an empty file.
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            isMapped = false
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            throw failure("mmap")
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
        isMapped = true
    }

    init(copying source: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        source.withUnsafeBytes { copy.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(start: copy.baseAddress, count: source.count)
        isMapped = false
    }

    deinit {
        guard let address = bytes.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: address), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: address).deallocate()
        }
    }
}
