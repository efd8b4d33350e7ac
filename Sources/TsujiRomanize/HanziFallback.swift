import Foundation
import TsujiText

/// Per-character pinyin from ICU's Han-Latin transform, for hanzi that no dictionary word
/// covers. Readings are ICU's single default per character (行 is always xíng), so callers mark
/// them as a fallback.
public enum HanziFallback {
    /// Each Han character's pinyin with tone marks, separated by spaces: "中国" → "zhōng guó",
    /// "绿色" → "lǜ sè", "2026年" → "2026 nián" (no space next to punctuation). Only Han characters go through Han-Latin, one at a time (run on a
    /// whole string, ICU leaves some syllables joined, as "lǜsè"); kana and everything else are
    /// kept as they are. 々 repeats the reading before it; a character ICU has no reading for is
    /// kept.
    ///
    /// Linear in the length of `hanzi`: the output is built as UTF-8 bytes and made a String
    /// once (appending to a `String.UnicodeScalarView` copied it every time, which made a run
    /// of 128,000 kanji take seconds).
    public static func pinyin(_ hanzi: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(hanzi.utf8.count * 2)
        /// The last scalar written to `out`.
        var last: Unicode.Scalar?
        var lastReading: String?
        var lastWasReading = false
        for scalar in hanzi.unicodeScalars {
            let reading: String?
            if scalar == "々" {
                reading = lastReading
            } else if ScriptRuns.scriptClass(of: scalar) == .han {
                reading = self.reading(scalar)
            } else {
                reading = nil
            }
            if let reading {
                if let written = last, written.properties.isAlphabetic || written.properties.numericType != nil {
                    out.append(UInt8(ascii: " "))
                    last = " "
                }
                out.append(contentsOf: reading.utf8)
                if let final = reading.unicodeScalars.last { last = final }
                lastReading = reading
                lastWasReading = true
            } else {
                if lastWasReading, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    out.append(UInt8(ascii: " "))
                }
                UTF8.encode(scalar) { out.append($0) }
                last = scalar
                lastReading = nil
                lastWasReading = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The pinyin of one Han character with its tone mark, or nil when ICU has none.
    public static func reading(_ scalar: Unicode.Scalar) -> String? {
        // Han characters are answered from ICU's readings as the build computed them; ICU is
        // asked at run time only for anything else (or when the build could not embed them).
        if !embedded.isEmpty, scalar != "々", ScriptRuns.scriptClass(of: scalar) == .han {
            return embedded[scalar.value]
        }
        lock.lock()
        if let cached = cache[scalar] {
            lock.unlock()
            return cached.isEmpty ? nil : cached
        }
        lock.unlock()
        var reading = ""
        if let transliterator = try? Transliterator.named("Han-Latin") {
            let original = String(scalar)
            let result = transliterator.transliterate(original).trimmingCharacters(in: .whitespaces)
            if result != original, result.unicodeScalars.allSatisfy({ ScriptRuns.scriptClass(of: $0) != .han }) {
                reading = result
            }
        }
        lock.lock()
        cache[scalar] = reading
        lock.unlock()
        return reading.isEmpty ? nil : reading
    }

    /// `embeddedHanLatin` (written at build time by EmbedTermsPlugin) as a table, read on first use.
    private static let embedded: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        table.reserveCapacity(48_000)
        var iterator = embeddedHanLatin.unicodeScalars.makeIterator()
        while let character = iterator.next() {
            var reading = String.UnicodeScalarView()
            while let scalar = iterator.next(), scalar != "\n" { reading.append(scalar) }
            table[character.value] = String(reading)
        }
        return table
    }()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [Unicode.Scalar: String] = [:]
}
