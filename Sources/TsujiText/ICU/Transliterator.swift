import Foundation
internal import CICU

/// An ICU transform ("Han-Latin", "Traditional-Simplified", "Katakana-Latin", compound IDs such
/// as "Any-Latin; Latin-ASCII", …).
///
/// Each ID is compiled once and cached for the life of the process (compiling Han-Latin takes
/// tens of milliseconds). ICU transliterators keep state while they run, so each cached one is
/// used by one thread at a time behind its own lock; different IDs run in parallel.
public final class Transliterator: @unchecked Sendable {
    /// The transform ID it was compiled from, as given to ``named(_:)``.
    public let id: String
    private let handle: OpaquePointer
    private let lock = NSLock()

    private init(id: String, handle: OpaquePointer) {
        self.id = id
        self.handle = handle
    }

    deinit { tsuji_transliterator_close(handle) }

    nonisolated(unsafe) private static var cache: [String: Transliterator] = [:]
    private static let cacheLock = NSLock()

    /// The cached transliterator for `id`, compiled on first use. Throws for an ID ICU does not know.
    public static func named(_ id: String) throws(ICUError) -> Transliterator {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let cached = cache[id] { return cached }
        var status: Int32 = 0
        let units = Array(id.utf16)
        let handle = units.withUnsafeBufferPointer { tsuji_transliterator_open($0.baseAddress, Int32($0.count), &status) }
        guard let handle, !icuFailed(status) else { throw ICUError(code: status, operation: "open transliterator \(id)") }
        let transliterator = Transliterator(id: id, handle: handle)
        cache[id] = transliterator
        return transliterator
    }

    /// Applies the transform to `text`.
    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        let units = Array(text.utf16)
        lock.lock()
        defer { lock.unlock() }
        let result = try? withGrowingUTF16Buffer(initialCapacity: units.count * 4 + 16, operation: "transliterate \(id)") {
            buffer, capacity, status in
            units.withUnsafeBufferPointer { source in
                buffer.update(from: source.baseAddress!, count: min(source.count, Int(capacity)))
            }
            guard units.count <= Int(capacity) else {
                status = icuBufferOverflow
                return Int32(units.count * 2)
            }
            var length = Int32(units.count)
            tsuji_transliterate(handle, buffer, &length, capacity, &status)
            return length
        }
        return result.map { String(decoding: $0, as: UTF16.self) } ?? text
    }

    /// Convenience: transliterate with the cached transform `id`.
    public static func transliterate(_ text: String, _ id: String) throws(ICUError) -> String {
        try named(id).transliterate(text)
    }
}
