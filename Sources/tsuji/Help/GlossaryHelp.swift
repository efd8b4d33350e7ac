/// The help texts of `tsuji glossary` and its subcommands,
/// kept apart so that the command files stay short.
enum GlossaryHelp {
    static let glossaryAbstract = "Build a glossary file from articles: one row per distinct term."

    static let glossaryDiscussion = """
        Annotates every FILE and writes one row per distinct term across all of them (騰訊, \
        腾讯 and テンセント are one row): the forms seen, language, kind, kana reading, romaji, \
        pinyin, English (preferred first), count, the documents, the first context (the term \
        marked ⟦like this⟧), source and confidence.

        Formats: tsv and csv (every column, with a header row; with --target en, the two \
        columns DeepL reads), tbx (TBX-Basic, for CAT tools), json, md (a Markdown table), \
        anki (Anki's text import), prompt (term → English (pinyin) lines for an LLM or MT \
        prompt), omegat (OmegaT's source, target, comment).

        --merge EXISTING keeps your edits to an earlier glossary (your English wins), adds \
        new terms and updates counts; no row is lost. -o does not replace a file that is not \
        a tsuji glossary unless --force. For a large corpus, write partial counts per part \
        with --partial and combine them with `tsuji glossary merge`.

        Examples:
          tsuji glossary articles/*.txt -o glossary.tsv
          tsuji glossary articles/*.txt --format tsv --target en -o deepl.tsv
          tsuji glossary articles/*.txt -o glossary.tbx
          tsuji glossary --sort pinyin --min-count 2 --format md articles/*.txt
          tsuji glossary --format prompt article.txt
          tsuji glossary new/*.txt --merge glossary.tsv -o glossary.tsv
          tsuji glossary part1/*.txt --partial -o part1.jsonl
          tsuji glossary merge part1.jsonl part2.jsonl -o glossary.tsv

        Every option: tsuji glossary build --help.
        """

    static let buildAbstract = "Build a glossary from articles (the default: `tsuji glossary FILE…`)."

    static let buildDiscussion = """
        Examples:
          tsuji glossary articles/*.txt -o glossary.tsv
          tsuji glossary articles/*.txt --format tsv --target en -o deepl.tsv
          tsuji glossary --kind company,product --sort reading -f md a/*.txt
          tsuji glossary new/*.txt --merge glossary.tbx -o glossary.tbx
          tsuji glossary part1/*.txt --partial -o part1.jsonl
        """

    static let mergeAbstract = "Combine partial counts (from tsuji glossary --partial) into one glossary."

    static let mergeDiscussion = """
        Reads each PART in order, as if its documents had followed the previous part's, and \
        writes the glossary a single run over all the documents would write. With --partial, \
        writes the combined partial counts instead (to merge in stages).

        Examples:
          tsuji glossary a/*.txt --partial -o a.jsonl
          tsuji glossary b/*.txt --partial -o b.jsonl
          tsuji glossary merge a.jsonl b.jsonl -o glossary.tbx
        """
}
