import TsujiDictionary

/// Reads ENAMDICT (`/usr/share/edict/enamdict`, EUC-JP), the Japanese proper-name dictionary, in
/// EDICT syntax: `根羽 [ねば] /(p,s) Neba/`.
///
/// The name-type tags set the kind: `s` surname, `g` given, `f` female, `m` male, `h` full name
/// → `person`; `p` place, `st` station → `place`; `c` company; `o` organization; `pr` product;
/// `ev` event; others (`u` unclassified, `wk` work, `dei` deity, …) → `name`. A line whose tags
/// point to different kinds (`(p,s)`) is a `name`; the note spells the types out ("place name,
/// surname"). The language is `ja`: which names are Chinese is the classifier's call.
public struct EnamdictParser: StreamingSourceParser, Sendable {
    /// The source name the entries carry, `enamdict`.
    public static let source = DictionarySource.enamdict.name

    /// Throw the first malformed line instead of skipping it.
    public var strict: Bool
    /// How many issues a report keeps (all are counted in `skipped`).
    public var issueLimit: Int
    /// The file's encoding as ICU names it.
    public var encoding: String

    /// A parser for EUC-JP input unless another encoding is named.
    public init(strict: Bool = false, issueLimit: Int = 1000, encoding: String = "EUC-JP") {
        self.strict = strict
        self.issueLimit = issueLimit
        self.encoding = encoding
    }

    /// Parses `input`, calling `body` with each entry in file order.
    public func parse(_ input: DictionaryInput, _ body: (Entry) throws -> Void) throws -> ParseReport {
        try EdictLine.forEachEntry(
            in: input, source: Self.source, strict: strict, issueLimit: issueLimit, encoding: encoding
        ) { parsed, number in
            var types: [NameType] = []
            for sense in parsed.senses {
                for tag in sense.tags {
                    for code in tag.split(separator: ",") {
                        if let type = NameType(rawValue: String(code)), !types.contains(type) { types.append(type) }
                    }
                }
            }
            let kinds = Set(types.map(\.kind))
            let entry = Entry(
                id: "\(Self.source):\(parsed.entrySequence ?? String(number))", source: Self.source,
                language: .ja, kind: kinds.count == 1 ? kinds.first! : .name,
                japanese: parsed.kanji.isEmpty ? parsed.kana : parsed.kanji,
                readings: parsed.kana, english: parsed.senses.map(\.text),
                note: types.isEmpty ? nil : types.map(\.description).joined(separator: ", "),
                isCommon: parsed.isCommon)
            try body(entry)
        }
    }

    /// ENAMDICT's name-type tags (JMnedict's name_type entities).
    enum NameType: String, CaseIterable {
        case surname = "s", place = "p", unclassified = "u", given = "g", female = "f", male = "m"
        case fullName = "h", product = "pr", company = "c", organization = "o", station = "st"
        case work = "wk", event = "ev", deity = "dei", character = "char", creature = "creat"
        case document = "doc", fiction = "fict", group = "grp", legend = "leg", mythology = "myth"
        case object = "obj", other = "oth", religion = "relig", service = "serv", ship = "ship"

        var kind: TermKind {
            switch self {
            case .surname, .given, .female, .male, .fullName: .person
            case .place, .station: .place
            case .company: .company
            case .organization, .group: .organization
            case .product: .product
            case .event: .event
            default: .name
            }
        }

        var description: String {
            switch self {
            case .surname: "surname"
            case .place: "place name"
            case .unclassified: "unclassified name"
            case .given: "given name"
            case .female: "female given name"
            case .male: "male given name"
            case .fullName: "full name"
            case .product: "product name"
            case .company: "company name"
            case .organization: "organization name"
            case .station: "railway station"
            case .work: "name of a work"
            case .event: "event"
            case .deity: "deity"
            case .character: "character"
            case .creature: "creature"
            case .document: "document"
            case .fiction: "fictional name"
            case .group: "group"
            case .legend: "legend"
            case .mythology: "mythology"
            case .object: "object"
            case .other: "other name"
            case .religion: "religion"
            case .service: "service"
            case .ship: "ship name"
            }
        }
    }
}
