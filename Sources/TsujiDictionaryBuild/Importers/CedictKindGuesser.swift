import TsujiDictionary

/// Guesses what a CC-CEDICT proper noun names from its first sense. Heuristic by nature: it looks
/// for the words CC-CEDICT's editors use ("surname Li", "prefecture-level city in …",
/// "Mao Zedong (1893-1976), …", "…, PRC e-commerce company").
enum CedictKindGuesser {
    static func kind(firstSense: String) -> TermKind {
        let sense = firstSense.lowercased()
        if sense.hasPrefix("surname ") || sense.hasPrefix("old surname") { return .person }
        // The name itself, before any gloss: "Xinhai Revolution (1911), which …".
        let name = sense.prefix { $0 != "(" && $0 != "," && $0 != ";" }
        let nameWords = words(String(name))
        if !nameWords.isDisjoint(with: eventWords) { return .event }
        // "the Northern Zhou Dynasty (557-581)", "reign name of … (1861-1875)": dates, not a life.
        if !words(sense).isDisjoint(with: periodWords) { return .name }
        if hasLifeSpan(sense) { return .person }
        let allWords = words(sense)
        if !allWords.isDisjoint(with: companyWords) { return .company }
        if !nameWords.isDisjoint(with: organizationWords) { return .organization }
        if !allWords.isDisjoint(with: placeWords) || sense.contains("capital of") { return .place }
        return .name
    }

    private static let eventWords: Set<String> = [
        "war", "battle", "uprising", "rebellion", "revolution", "incident", "massacre", "festival",
    ]
    private static let periodWords: Set<String> = [
        "dynasty", "dynasties", "reign", "era", "period",
    ]
    private static let companyWords: Set<String> = [
        "company", "corporation", "corp", "inc", "ltd", "airline", "airlines", "automaker", "carmaker",
        "manufacturer", "conglomerate", "bank",
    ]
    private static let organizationWords: Set<String> = [
        "party", "organization", "organisation", "university", "association", "agency", "ministry",
        "committee", "council", "army", "academy", "institute", "league", "union", "federation",
        "nations", "society", "administration", "bureau", "commission", "department", "office",
        "corps", "police",
    ]
    private static let placeWords: Set<String> = [
        "city", "county", "province", "prefecture", "district", "town", "township", "village",
        "river", "mountain", "mountains", "mt", "lake", "island", "islands", "country", "municipality",
        "region", "peninsula", "sea", "ocean", "desert", "bay", "strait", "state", "kingdom",
        "republic", "capital", "valley", "plateau", "basin", "canal", "port", "banner",
    ]

    /// A life span such as "(1893-1976)", "(551-479 BC)", "(c. 1000-1050)" or "(born 1954)".
    private static func hasLifeSpan(_ sense: String) -> Bool {
        var rest = Substring(sense)
        while let open = rest.firstIndex(of: "(") {
            rest = rest[rest.index(after: open)...]
            var inside = rest.prefix { $0 != ")" }
            if inside.hasPrefix("born "), inside.dropFirst(5).first?.isNumber == true { return true }
            if inside.hasPrefix("c. ") { inside = inside.dropFirst(3) }
            let year = inside.prefix { $0.isASCII && $0.isNumber }
            guard (1...4).contains(year.count) else { continue }
            var after = inside.dropFirst(year.count)
            if after.hasPrefix(" bc") { after = after.dropFirst(3) }
            if after.hasPrefix("-") || after.hasPrefix("–"),
               let next = after.dropFirst().first, next.isNumber || next == "?" { return true }
        }
        return false
    }

    private static func words(_ text: String) -> Set<String> {
        Set(text.split { !($0.isASCII && ($0.isLetter || $0 == "-")) }.flatMap { word in
            // "prefecture-level" counts as "prefecture" and "level".
            [String(word)] + word.split(separator: "-").map(String.init)
        })
    }
}
