import ArgumentParser
import TsujiDictionary

/// The options of the commands that read articles (annotate, glossary build): the user's terms,
/// and how the articles are decoded.
struct DocumentOptions: ParsableArguments {
    @Option(help: TermsOption.help)
    var terms: [String] = []

    @Option(help: "Input encoding: EUC-JP, Shift_JIS, GB18030, Big5, UTF-16… (default UTF-8).")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
    var lossy = false

    /// The dictionary stack with the user's terms.
    func loadDictionaries() throws -> DictionaryStack { try TermsOption.load(terms) }

    /// A reader of the articles with this encoding and lossy setting.
    var reader: InputDocuments { InputDocuments(encoding: encoding, lossy: lossy) }
}
