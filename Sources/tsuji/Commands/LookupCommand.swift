import ArgumentParser
import TsujiDictionary

/// `tsuji lookup QUERY…`: every entry for each query, in any form.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: LookupHelp.abstract, discussion: LookupHelp.discussion)

    @Argument(help: "Queries (standard input, one per line, when none).")
    var queries: [String] = []

    @Option(name: .shortAndLong, help: "Output format.")
    var format: LookupRenderer.Format = .text

    @Flag(help: "Match keys that start with the query.")
    var prefix = false

    @Option(help: "At most this many terms per query.")
    var limit = 20

    @Option(help: "Only terms of this language.")
    var lang: TermLanguage?

    // Not DocumentOptions' group: see TermsOption.
    @Option(help: TermsOption.help)
    var terms: [String] = []

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        StandardOutput.ignoreBrokenPipe()
        var missed = false
        try reportingErrors {
            let engine = LookupEngine(stack: try TermsOption.load(terms))
            let options = LookupEngine.Options(prefix: prefix, limit: limit, language: lang)
            let input = queries.isEmpty
                ? LookupEngine.queries(inLines: String(decoding: try InputFile.contents(of: "-"), as: UTF8.self)) : queries
            var renderer = LookupRenderer(format: format)
            var out = Array(renderer.header.utf8)
            for query in input {
                let result = engine.lookup(query, options: options)
                if result.terms.isEmpty {
                    missed = true
                    Terminal.note("tsuji: " + renderer.notFound(result, engine: engine))
                }
                renderer.render(result, to: &out)
                // Written as it grows: a long list of queries streams.
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
