import TsujiAnnotate
import TsujiDictionary
import TsujiRomanize

/// How lookup results are shown: readable cards, the `tsuji.lookup/1` JSON contract, or TSV.
enum LookupPresenter {
    static func romaji(_ term: Term) -> [String] {
        term.readings.map { Hepburn.romanize($0) }
    }

    static func cards(_ result: LookupEngine.Result) -> String {
        var out = ""
        for term in result.terms {
            let title = term.japanese.first ?? term.headwords.first ?? result.query
            out += "\(title)  [\(term.language.rawValue), \(term.kind.rawValue)]\n"
            func line(_ label: String, _ values: [String], separator: String = " · ") {
                guard !values.isEmpty else { return }
                out += "  " + label.padding(toLength: 12, withPad: " ", startingAt: 0) + " " + values.joined(separator: separator) + "\n"
            }
            line("Japanese", term.japanese)
            line("traditional", term.traditional)
            line("simplified", term.simplified)
            line("pinyin", term.pinyin)
            let readings = zip(term.readings, romaji(term)).map { "\($0) (\($1))" }
            line("reading", readings)
            line("English", term.english, separator: "; ")
            line("note", term.notes, separator: "; ")
            line("source", term.sources.map(SourceLicence.of), separator: "; ")
            out += "\n"
        }
        return out
    }

    static func json(_ result: LookupEngine.Result) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.string("format", "tsuji.lookup/1")
        json.string("query", result.query)
        json.beginArray(key: "entries")
        for term in result.terms {
            json.beginObject()
            json.strings("headwords", term.headwords)
            json.string("lang", term.language.rawValue)
            json.string("kind", term.kind.rawValue)
            json.strings("readings", term.readings)
            json.strings("romaji", romaji(term))
            json.strings("pinyin", term.pinyin)
            json.strings("english", term.english)
            json.string("source", term.primary.source)
            json.strings("sources", term.sources)
            json.strings("ids", term.ids)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    static func tsv(_ result: LookupEngine.Result) -> String {
        func clean(_ values: [String]) -> String {
            values.map { $0.replacingTabsAndNewlines }.joined(separator: "|")
        }
        return result.terms.map { term in
            [result.query.replacingTabsAndNewlines, clean(term.headwords), term.language.rawValue, term.kind.rawValue,
             clean(term.readings), clean(romaji(term)), clean(term.pinyin), clean(term.english), term.primary.source]
                .joined(separator: "\t") + "\n"
        }.joined()
    }

    static func notFound(query: String, kind: LookupEngine.QueryKind, engine: LookupEngine) -> String {
        var message = "tsuji: nothing found for '\(query)'"
        switch kind {
        case .hanzi:
            var lines: [String] = []
            for scalar in query.unicodeScalars where scalar.properties.isIdeographic {
                let character = String(scalar)
                var parts = ["pinyin \(HanziFallback.pinyin(character))"]
                if let entry = engine.stack.entries(writtenAs: character).map(engine.stack.entry).first(where: { !$0.readings.isEmpty }) {
                    parts.append("reading \(entry.readings.prefix(3).joined(separator: ", "))")
                    if let english = entry.english.first { parts.append(english) }
                }
                lines.append("  \(character)  " + parts.joined(separator: " · "))
            }
            if !lines.isEmpty { message += "; per character:\n" + lines.joined(separator: "\n") }
        case .latin:
            let near = engine.suggestions(for: query)
            if !near.isEmpty { message += "; did you mean: " + near.joined(separator: ", ") }
        default: break
        }
        return message
    }
}

extension String {
    var replacingTabsAndNewlines: String {
        String(unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
