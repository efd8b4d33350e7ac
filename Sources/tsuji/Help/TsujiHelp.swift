/// The help texts of `tsuji` itself,
/// kept apart so that the command files stay short.
enum TsujiHelp {
    static let abstract = "Find the Chinese terms in Japanese text and give their pinyin, Japanese reading and English name."

    static let discussion = """
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
        """
}
