/// The help texts of `tsuji annotate`,
/// kept apart so that the command files stay short.
enum AnnotateHelp {
    static let abstract = "Annotate Japanese text: find every Chinese term and give its readings."

    static let discussion = """
        Reads each FILE (or standard input) and marks every Chinese term, in whatever script \
        the article wrote it: pinyin, Japanese reading, English name.

        Examples:
          tsuji annotate article.txt
          tsuji annotate --every --format text article.txt
          tsuji annotate --format json article.txt
          tsuji annotate --format html -o article.html article.txt
          tsuji annotate --format md article.txt > article.md
          tsuji annotate --format html -o annotated.html page.html
          cat article.txt | tsuji annotate --all
          tsuji annotate --encoding EUC-JP old-article.txt

        Formats: text (glosses in 〔〕 and a term table); markdown or md (a footnote after \
        each term, definitions at the end; the article itself is not escaped, only added \
        to); html (a standalone page with <ruby> readings, tooltips on hover or focus, and a \
        term table); json, jsonl.

        HTML input (a .html/.htm file, text that starts with <!DOCTYPE html or <html, or \
        --input-format html): only text nodes are annotated, never tags, attributes, \
        scripts, styles or comments. --format html keeps the page and inserts the ruby \
        into it (one input file at a time); json/jsonl give offsets and surfaces in the HTML \
        source as given and say "input":"html"; text and markdown show the page's text \
        without its markup.
        """
}
