import ArgumentParser

@main
struct Tsuji: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tsuji",
        abstract: "Find the Chinese terms in Japanese text and give their pinyin, Japanese reading and English name.",
        discussion: """
            tsuji reads Japanese articles about China and annotates every Chinese term, in whatever \
            script the article wrote it (通義千問, 紅包, アリババ, ディープシーク): pinyin (Tōngyì Qiānwèn), \
            Japanese reading (つうぎせんもん, Tsūgi Senmon) and English name (Qwen).

            Examples:
              tsuji annotate article.txt
              tsuji annotate --format html -o article.html article.txt
              tsuji lookup 通义千问 tongyi Qwen
              tsuji glossary articles/*.txt -o glossary.tsv
              tsuji romanize とうきょう
              tsuji dict install
            """,
        version: version,
        subcommands: [
            AnnotateCommand.self, LookupCommand.self, GlossaryCommand.self, RomanizeCommand.self, DictCommand.self,
        ]
    )

    static func main() {
        StandardStreams.setUp()
        main(nil)
    }
}
