/// The sentence around an occurrence, with the term marked ⟦like this⟧: what a translator needs
/// to see how the article used it.
public enum ContextExtractor {
    /// Opens the mark around the term in a context sentence.
    public static let open = "⟦"
    /// Closes the mark around the term.
    public static let close = "⟧"
    /// Longer sentences are cut to this many scalars on each side of the term.
    static let reach = 60

    static func isEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "\n", "\r", "\u{2029}", "\u{2028}": true
        default: false
        }
    }

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "」", "』", "）", ")", "】", "〉", "》", "\"", "”", "’": true
        default: false
        }
    }

    /// The sentence of `scalars` containing `range`, on one line.
    public static func context(in scalars: [Unicode.Scalar], range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count)), upper = max(lower, min(range.upperBound, scalars.count))
        var start = lower
        while start > 0, !isEnd(scalars[start - 1]) { start -= 1 }
        var end = upper
        while end < scalars.count, !isEnd(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" {
            end += 1
            while end < scalars.count, isClosing(scalars[end]) { end += 1 }
        }
        var before = scalars[start..<lower].drop { isBlank($0) }[...]
        var after = scalars[upper..<end][...]
        while let last = after.last, isBlank(last) { after = after.dropLast() }
        var prefix = "", suffix = ""
        if before.count > reach {
            before = before.suffix(reach)
            prefix = "…"
        }
        if after.count > reach {
            after = after.prefix(reach)
            suffix = "…"
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: prefix.unicodeScalars)
        out.append(contentsOf: before.map(oneLine))
        out.append(contentsOf: open.unicodeScalars)
        out.append(contentsOf: scalars[lower..<upper].map(oneLine))
        out.append(contentsOf: close.unicodeScalars)
        out.append(contentsOf: after.map(oneLine))
        out.append(contentsOf: suffix.unicodeScalars)
        return String(out)
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}"
    }

    static func oneLine(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
    }
}
