import ArgumentParser

/// The options of the commands that read articles: the user's terms, and how the articles are
/// decoded.
struct DocumentOptions: ParsableArguments {
    @OptionGroup var dictionary: DictionaryOptions

    @Option(help: "Input encoding: EUC-JP, Shift_JIS, GB18030, Big5, UTF-16… (default UTF-8).")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
    var lossy = false

    /// A reader of the articles with this encoding and lossy setting.
    var reader: InputDocuments { InputDocuments(encoding: encoding, lossy: lossy) }
}
