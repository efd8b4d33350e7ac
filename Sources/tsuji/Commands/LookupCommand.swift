import ArgumentParser
import Foundation
import TsujiDictionary

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up a term in any form: kanji, kana, romaji, pinyin or English.",
        discussion: """
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
    )

    @Argument(help: "Queries (standard input, one per line, when none).")
    var queries: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text, json or tsv.")
    var format: LookupRenderer.Format = .text

    @Flag(help: "Match keys that start with the query.")
    var prefix = false

    @Option(help: "At most this many terms per query.")
    var limit = 20

    @Option(help: "Only terms of this language: zh or ja.")
    var lang: String?

    @Option(help: "A TSV file of your own terms; may be repeated.")
    var terms: [String] = []

    func validate() throws {
        if let lang, TermLanguage(rawValue: lang) == nil { throw ValidationError("--lang must be zh or ja") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        StandardOutput.ignoreBrokenPipe()
        var missed = false
        try reportingErrors {
            let stack = try loadDictionaries(userTerms: terms)
            let engine = LookupEngine(stack: stack)
            let options = LookupEngine.Options(prefix: prefix, limit: limit, language: lang.flatMap(TermLanguage.init))
            var input = queries
            if input.isEmpty {
                let text = String(decoding: try InputFile.contents(of: "-"), as: UTF8.self)
                // A line of nothing but spaces and tabs (Unicode Zs, U+0009) is no query.
                input = text.split(whereSeparator: \.isNewline).map(String.init).filter { line in
                    line.unicodeScalars.contains { $0 != "\t" && $0.properties.generalCategory != .spaceSeparator }
                }
            }
            var renderer = LookupRenderer(format: format)
            var out = Array(renderer.header.utf8)
            for query in input {
                let result = engine.lookup(query, options: options)
                if result.terms.isEmpty {
                    missed = true
                    Terminal.note("tsuji: " + renderer.notFound(result, engine: engine))
                }
                renderer.render(result, to: &out)
                if out.count > 1 << 16 {
                    StandardOutput.write(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            StandardOutput.write(out)
        }
        if missed { throw ExitCode(1) }
    }
}
