/// The help texts of `tsuji lookup`,
/// kept apart so that the command files stay short.
enum LookupHelp {
    static let abstract = "Look up a term in any form: kanji, kana, romaji, pinyin or English."

    static let discussion = """
        Finds every entry for each QUERY, whatever form it takes: a written form in any \
        variant (通義千問, 通义千问), a kana reading (つうぎせんもん, ホンバオ), romaji with or \
        without macrons (tsūgi, tsuugi), pinyin with marks, numbers or none (Tōngyì Qiānwèn, \
        tong1yi4, tongyi qianwen), or English (Qwen, red envelope). With no QUERY, reads one \
        query per line from standard input. Exits 1 when a query finds nothing.

        Examples:
          tsuji lookup 通义千问
          tsuji lookup tongyi qianwen        (two queries)
          tsuji lookup "tongyi qianwen"      (one query)
          tsuji lookup --prefix --limit 5 teng
          tsuji lookup --format json 紅包
          printf 'Tencent\\nhongbao\\n' | tsuji lookup --format tsv
        """
}
