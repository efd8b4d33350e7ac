import ArgumentParser

/// `tsuji glossary`: builds a glossary (the default subcommand, `build`) or combines partial
/// counts (`merge`).
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Build a glossary file from articles: one row per distinct term.",
        discussion: """
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
            """,
        subcommands: [GlossaryBuildCommand.self, GlossaryMergeCommand.self],
        defaultSubcommand: GlossaryBuildCommand.self
    )
}

