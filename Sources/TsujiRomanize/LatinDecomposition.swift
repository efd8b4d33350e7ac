import Foundation
import TsujiText

/// NFD of pinyin and romaji as they are written (ASCII and precomposed Latin letters such as
/// ā ǚ ō), one cached decomposition per letter instead of an ICU call per string: making the
/// curated terms' pinyin and romaji keys on the first Latin query called ICU thousands of times.
public enum LatinDecomposition {
    /// `text` in NFD; nil when `text` holds anything but ASCII and the precomposed Latin letters
    /// (U+00C0–U+024F, U+1E00–U+1EFF), which the caller leaves to ICU. No combining mark is in
    /// the input, so each letter's decomposition is already in canonical order and the
    /// concatenation is the NFD of the whole.
    public static func nfd(_ text: String) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0...0x7F: out.append(scalar)
            case 0xC0...0x24F, 0x1E00...0x1EFF: out.append(contentsOf: decomposition(of: scalar))
            default: return nil
            }
        }
        return out
    }

    /// `text` with "u:" written "v" (the CC-CEDICT spelling of ü), in NFD; nil as for `nfd(_:)`.
    public static func nfd(replacingUColon text: String) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        var pendingU = false
        for scalar in text.unicodeScalars {
            if pendingU {
                pendingU = false
                if scalar == ":" {
                    out.append("v")
                    continue
                }
                out.append("u")
            }
            switch scalar.value {
            case UInt32(UInt8(ascii: "u")):
                pendingU = true
            case 0...0x7F:
                out.append(scalar)
            case 0xC0...0x24F, 0x1E00...0x1EFF:
                out.append(contentsOf: decomposition(of: scalar))
            default:
                return nil
            }
        }
        if pendingU { out.append("u") }
        return out
    }

    private static func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[scalar.value] { return known }
        let decomposed = Array(Normalizer.normalize(String(scalar), .nfd).unicodeScalars)
        cache[scalar.value] = decomposed
        return decomposed
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [UInt32: [Unicode.Scalar]] = [:]
}
