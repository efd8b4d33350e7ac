extension LookupEngine {
    /// The queries in a text of one query per line (`tsuji lookup` reading standard input): a
    /// line of nothing but spaces and tabs (Unicode Zs, U+0009) is no query.
    public static func queries(inLines text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { line in
            line.unicodeScalars.contains { $0 != "\t" && $0.properties.generalCategory != .spaceSeparator }
        }
    }
}
