import Testing
@testable import TsujiRomanize

/// One kana → romaji pair. Expected values are written from the rules of each system (Hepburn
/// as in Kenkyūsha's dictionary and the Library of Congress tables; Kunrei and Nihon as in
/// ISO 3602), not taken from the program.
struct KanaCase: Sendable, CustomTestStringConvertible {
    let kana: String
    let romaji: String
    init(_ kana: String, _ romaji: String) {
        self.kana = kana
        self.romaji = romaji
    }
    var testDescription: String { "\(kana) → \(romaji)" }
}

@Suite struct HepburnModifiedTests {
    static let gojuon: [KanaCase] = [
        .init("あいうえお", "aiueo"), .init("かきくけこ", "kakikukeko"), .init("さしすせそ", "sashisuseso"),
        .init("たちつてと", "tachitsuteto"), .init("なにぬねの", "naninuneno"), .init("はひふへほ", "hahifuheho"),
        .init("まみむめも", "mamimumemo"), .init("やゆよ", "yayuyo"), .init("らりるれろ", "rarirurero"),
        .init("わを", "wao"), .init("がぎぐげご", "gagigugego"), .init("ざじずぜぞ", "zajizuzezo"),
        .init("だぢづでど", "dajizudedo"), .init("ばびぶべぼ", "babibubebo"), .init("ぱぴぷぺぽ", "papipupepo"),
        .init("アイウエオ", "aiueo"), .init("カタカナ", "katakana"), .init("ひらがな", "hiragana"),
        .init("さくら", "sakura"), .init("すし", "sushi"), .init("つなみ", "tsunami"), .init("ちかてつ", "chikatetsu"),
        .init("ふじさん", "fujisan"), .init("にほん", "nihon"), .init("はなぢ", "hanaji"), .init("みかづき", "mikazuki"),
        .init("つづく", "tsuzuku"), .init("いう", "iu"), .init("かわいい", "kawaii"),
        .init("ヰスキー", "isukī"), .init("ヱビス", "ebisu"),
    ]

    static let palatals: [KanaCase] = [
        .init("きょうと", "kyōto"), .init("しゃしん", "shashin"), .init("じしょ", "jisho"), .init("ちゃ", "cha"),
        .init("おちゃ", "ocha"), .init("でんしゃ", "densha"), .init("ぢゃ", "ja"), .init("ぴょん", "pyon"),
        .init("きゃく", "kyaku"), .init("ぎょうざ", "gyōza"), .init("りゅう", "ryū"), .init("にんじゃ", "ninja"),
        .init("ちゅうごく", "chūgoku"), .init("しょうゆ", "shōyu"), .init("りょうり", "ryōri"),
        .init("ぎゅうにゅう", "gyūnyū"), .init("じゅう", "jū"), .init("ひゃく", "hyaku"), .init("びょういん", "byōin"),
        .init("みょうじ", "myōji"), .init("しんじゅく", "shinjuku"), .init("ニューヨーク", "nyūyōku"),
        .init("ミュージック", "myūjikku"), .init("キャンプ", "kyanpu"), .init("ジュース", "jūsu"),
        .init("ギャラリー", "gyararī"), .init("チョコレート", "chokorēto"), .init("ヒュンダイ", "hyundai"),
        .init("リュック", "ryukku"),
    ]

    static let longVowels: [KanaCase] = [
        .init("とうきょう", "tōkyō"), .init("おおさか", "ōsaka"), .init("ほっかいどう", "hokkaidō"),
        .init("おかあさん", "okāsan"), .init("おねえさん", "onēsan"), .init("おとうさん", "otōsan"),
        .init("おにいさん", "oniisan"), .init("すうがく", "sūgaku"), .init("くうき", "kūki"), .init("ゆうき", "yūki"),
        .init("おおきい", "ōkii"), .init("とおり", "tōri"), .init("こおり", "kōri"), .init("ええと", "ēto"),
        .init("まあまあ", "māmā"), .init("せんせい", "sensei"), .init("えいが", "eiga"), .init("けいたい", "keitai"),
        .init("おいしい", "oishii"), .init("ちいさい", "chiisai"), .init("ほんとう", "hontō"),
        .init("ソウル", "sōru"), .init("メイン", "mein"), .init("すごーい", "sugōi"),
        .init("ラーメン", "rāmen"), .init("コーヒー", "kōhī"), .init("コンピューター", "konpyūtā"),
        .init("スーパー", "sūpā"), .init("ケーキ", "kēki"), .init("ビール", "bīru"), .init("ノート", "nōto"),
        .init("グーグル", "gūguru"), .init("ヨーロッパ", "yōroppa"), .init("パーティー", "pātī"), .init("チーム", "chīmu"),
    ]

    static let sokuon: [KanaCase] = [
        .init("がっこう", "gakkō"), .init("きって", "kitte"), .init("ざっし", "zasshi"), .init("いっしょ", "issho"),
        .init("まっちゃ", "matcha"), .init("こっち", "kotchi"), .init("みっつ", "mittsu"), .init("きっぷ", "kippu"),
        .init("ちょっと", "chotto"), .init("やっぱり", "yappari"), .init("いっぱい", "ippai"), .init("けっか", "kekka"),
        .init("ぶっきょう", "bukkyō"), .init("しゅっぱつ", "shuppatsu"), .init("にっぽん", "nippon"),
        .init("ベッド", "beddo"), .init("バッグ", "baggu"), .init("カップ", "kappu"), .init("ロッジ", "rojji"),
        .init("マッチ", "matchi"), .init("シャッター", "shattā"), .init("アップル", "appuru"),
        .init("ショッピング", "shoppingu"), .init("チェック", "chekku"), .init("ジェット", "jetto"),
        .init("ティッシュ", "tisshu"),
    ]

    static let syllabicN: [KanaCase] = [
        .init("しんや", "shin'ya"), .init("きんえん", "kin'en"), .init("かんい", "kan'i"), .init("げんいん", "gen'in"),
        .init("ほんや", "hon'ya"), .init("きんよう", "kin'yō"), .init("れんあい", "ren'ai"), .init("しんよう", "shin'yō"),
        .init("しんぶん", "shinbun"), .init("せんぱい", "senpai"), .init("てんぷら", "tenpura"), .init("さんま", "sanma"),
        .init("ぐんま", "gunma"), .init("あんない", "annai"), .init("おんな", "onna"), .init("みんな", "minna"),
        .init("ん", "n"), .init("こんばん", "konban"), .init("おんせん", "onsen"), .init("はんのう", "hannō"),
        .init("ピョンヤン", "pyon'yan"), .init("テンセント", "tensento"), .init("ホンバオ", "honbao"),
        .init("シンガポール", "shingapōru"), .init("ジャパン", "japan"), .init("アマゾン", "amazon"),
    ]

    static let foreignSounds: [KanaCase] = [
        .init("アリババ", "aribaba"), .init("ディープシーク", "dīpushīku"), .init("ファイル", "fairu"),
        .init("フィルム", "firumu"), .init("フェリー", "ferī"), .init("フォーク", "fōku"), .init("ティー", "tī"),
        .init("ディズニー", "dizunī"), .init("ウィキ", "wiki"), .init("ウェブ", "webu"), .init("ウォーター", "wōtā"),
        .init("ヴァイオリン", "vaiorin"), .init("ヴィーナス", "vīnasu"), .init("ヴェネツィア", "venetsia"),
        .init("ヴォーカル", "vōkaru"), .init("ヴ", "vu"), .init("ゔぁ", "va"), .init("シェア", "shea"),
        .init("ツァー", "tsā"), .init("トゥー", "tū"), .init("ドゥ", "du"), .init("フュージョン", "fyūjon"),
        .init("テューバ", "tyūba"), .init("デュエット", "dyuetto"), .init("クァルテット", "kwarutetto"),
        .init("グァム", "gwamu"), .init("イェール", "yēru"), .init("スィート", "sīto"), .init("ツォ", "tso"),
        .init("ウイルス", "uirusu"), .init("バイドゥ", "baidu"), .init("ウォン", "won"), .init("ファン", "fan"),
        .init("フォント", "fonto"), .init("ヴォイス", "voisu"), .init("ディスク", "disuku"), .init("テレビ", "terebi"),
        .init("ヷヸヹヺ", "vavivevo"), .init("ドナルド・トランプ", "donarudo toranpu"),
    ]

    static let marksAndWidths: [KanaCase] = [
        .init("いすゞ", "isuzu"), .init("こゝろ", "kokoro"), .init("ほゞ", "hobo"), .init("たゞ", "tada"),
        .init("バナヽ", "banana"), .init("ぶゞ", "bubu"), .init("ぶゝ", "bufu"), .init("ﾃﾝｾﾝﾄ", "tensento"),
        .init("ﾊﾞｲﾄﾞｩ", "baidu"), .init("ﾗｰﾒﾝ", "rāmen"), .init("ｶﾞｯｺｳ", "gakkō"), .init("ﾎﾟｹﾓﾝ", "pokemon"),
        .init("ｳﾞｧｲｵﾘﾝ", "vaiorin"), .init("か\u{3099}", "ga"), .init("ハ\u{309A}ン", "pan"), .init("か゛", "ga"),
        .init("ゟ", "yori"), .init("ヿ", "koto"), .init("ヶ", "ka"), .init("ゕ", "ka"), .init("ゖ", "ke"),
    ]

    /// Kana that crash or mangle other romanizers: each gives a sensible result.
    static let edges: [KanaCase] = [
        .init("ラーーメン", "rāmen"), .init("ラーーーー", "rā"), .init("ー", "-"), .init("ｰ", "-"), .init("ーあ", "-a"),
        .init("ゝ", ""), .init("ゞ", ""), .init("ムッォ", "muo"), .init("あっ", "a"), .init("っ", ""),
        .init("ゃ", "ya"), .init("ぁ", "a"), .init("ゎ", "wa"), .init("っっか", "kka"), .init("ンー", "n-"),
        .init("こうー", "kō"), .init("あ゛", "a"), .init("んん", "nn"), .init("っん", "n"), .init("きゃゝ", "kya"),
        .init("", ""),
    ]

    static let passThrough: [KanaCase] = [
        .init("東京タワー", "東京tawā"), .init("abc", "abc"), .init("とうきょう、おおさか", "tōkyō、ōsaka"),
        .init("AIモデル", "AImoderu"),
    ]

    @Test(arguments: gojuon + palatals + longVowels + sokuon + syllabicN + foreignSounds + marksAndWidths + edges + passThrough)
    func modified(_ example: KanaCase) {
        #expect(Hepburn.romanize(example.kana) == example.romaji)
    }

    @Test func tableSizes() {
        let all = Self.gojuon + Self.palatals + Self.longVowels + Self.sokuon + Self.syllabicN + Self.foreignSounds
            + Self.marksAndWidths + Self.edges + Self.passThrough
        #expect(all.count >= 150)
    }
}

@Suite struct HepburnStyleTests {
    static let traditional: [KanaCase] = [
        .init("しんぶん", "shimbun"), .init("てんぷら", "tempura"), .init("さんま", "samma"), .init("せんぱい", "sempai"),
        .init("ぐんま", "gumma"), .init("ほんばん", "homban"), .init("を", "wo"), .init("しんや", "shin'ya"),
        .init("きんえん", "kin'en"), .init("とうきょう", "tōkyō"), .init("まっちゃ", "matcha"), .init("あんない", "annai"),
        .init("おんせん", "onsen"), .init("しんじゅく", "shinjuku"),
    ]

    static let kunrei: [KanaCase] = [
        .init("しんぶん", "sinbun"), .init("ちゃ", "tya"), .init("つき", "tuki"), .init("ふじさん", "huzisan"),
        .init("じしょ", "zisyo"), .init("とうきょう", "tôkyô"), .init("ぢ", "zi"), .init("づ", "zu"), .init("を", "o"),
        .init("まっちゃ", "mattya"), .init("ラーメン", "râmen"), .init("しょうゆ", "syôyu"), .init("きんえん", "kin'en"),
        .init("しゃしん", "syasin"), .init("ちゅうごく", "tyûgoku"), .init("おかあさん", "okâsan"),
        .init("おねえさん", "onêsan"), .init("いい", "ii"), .init("せんせい", "sensei"), .init("きって", "kitte"),
        .init("ざっし", "zassi"), .init("みっつ", "mittu"), .init("シェア", "syea"), .init("しんや", "sin'ya"),
    ]

    static let nihon: [KanaCase] = [
        .init("ぢ", "di"), .init("づ", "du"), .init("ぢゃ", "dya"), .init("を", "wo"), .init("ゐ", "wi"), .init("ゑ", "we"),
        .init("ふ", "hu"), .init("しゃ", "sya"), .init("つづく", "tuduku"), .init("はなぢ", "hanadi"),
        .init("みかづき", "mikaduki"), .init("ちぢむ", "tidimu"), .init("とうきょう", "tôkyô"), .init("まっちゃ", "mattya"),
        .init("じゃ", "zya"),
    ]

    static let ascii: [KanaCase] = [
        .init("とうきょう", "toukyou"), .init("おおさか", "oosaka"), .init("ラーメン", "raamen"), .init("コーヒー", "koohii"),
        .init("すうがく", "suugaku"), .init("おかあさん", "okaasan"), .init("おねえさん", "oneesan"),
        .init("しんや", "shin'ya"), .init("まっちゃ", "matcha"), .init("ラーーメン", "raamen"), .init("ー", "-"),
        .init("しんぶん", "shinbun"),
    ]

    @Test(arguments: traditional) func traditionalStyle(_ example: KanaCase) {
        #expect(Hepburn.romanize(example.kana, style: .traditional) == example.romaji)
    }

    @Test(arguments: kunrei) func kunreiStyle(_ example: KanaCase) {
        #expect(Hepburn.romanize(example.kana, style: .kunrei) == example.romaji)
    }

    @Test(arguments: nihon) func nihonStyle(_ example: KanaCase) {
        #expect(Hepburn.romanize(example.kana, style: .nihon) == example.romaji)
    }

    @Test(arguments: ascii) func asciiStyle(_ example: KanaCase) {
        #expect(Hepburn.romanize(example.kana, style: .ascii) == example.romaji)
    }

    @Test(arguments: HepburnStyle.allCases) func asciiStyleIsASCII(_ style: HepburnStyle) {
        let output = Hepburn.romanize("とうきょうのラーメンとコーヒー", style: style)
        #expect(output.unicodeScalars.allSatisfy(\.isASCII) == (style == .ascii))
    }
}

/// Random strings of kana, marks and half-width forms in every style: no crash, and nothing but
/// romaji letters comes out (every kana is consumed).
@Suite struct HepburnRobustnessTests {
    static let alphabet: [Unicode.Scalar] = {
        var scalars: [Unicode.Scalar] = []
        for range in [0x3041...0x3096, 0x3099...0x309F, 0x30A1...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F] {
            for value in range { scalars.append(Unicode.Scalar(UInt32(value))!) }
        }
        return scalars
    }()

    static let allowed: Set<Unicode.Scalar> = Set("abcdefghijklmnopqrstuvwxyz'- āīūēōâîûêô".unicodeScalars)

    /// A small deterministic generator, so a failure can be reproduced.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: HepburnStyle.allCases) func randomKanaGiveOnlyRomaji(_ style: HepburnStyle) {
        var generator = SplitMix(state: 20_260_101)
        for _ in 0..<3000 {
            let length = Int.random(in: 1...8, using: &generator)
            var view = String.UnicodeScalarView()
            for _ in 0..<length { view.append(Self.alphabet.randomElement(using: &generator)!) }
            let kana = String(view)
            let romaji = Hepburn.romanize(kana, style: style)
            let stray = romaji.unicodeScalars.filter { !Self.allowed.contains($0) }
            #expect(stray.isEmpty, "\(kana) → \(romaji)")
        }
    }

    @Test func everySingleKanaRomanizes() {
        for scalar in Self.alphabet {
            let romaji = Hepburn.romanize(String(scalar))
            #expect(romaji.unicodeScalars.allSatisfy { Self.allowed.contains($0) }, "\(scalar) → \(romaji)")
        }
    }
}

@Suite struct LooseKeyTests {
    @Test func spellingsOfOneReadingMeet() {
        for spelling in ["tsūgi", "tsuugi", "tsugi", "Tsūgi", "TSUUGI", "tuugi", "tsûgi"] {
            #expect(Hepburn.looseKey(romaji: spelling) == "tsugi", "\(spelling)")
        }
        #expect(Hepburn.looseKey(kana: "つうぎ") == "tsugi")
        #expect(Hepburn.looseKey(kana: "ツウギ") == "tsugi")
        #expect(Hepburn.looseKey(kana: "ﾂｳｷﾞ") == "tsugi")
    }

    @Test func tokyo() {
        for spelling in ["Tōkyō", "Toukyou", "Tookyoo", "Tokyo", "tôkyô", "TOKYO"] {
            #expect(Hepburn.looseKey(romaji: spelling) == "tokyo", "\(spelling)")
        }
        #expect(Hepburn.looseKey(kana: "とうきょう") == "tokyo")
        #expect(Hepburn.looseKey(kana: "トーキョー") == "tokyo")
    }

    @Test func kunreiAndTraditionalSpellingsMeetHepburn() {
        #expect(Hepburn.looseKey(romaji: "sinbun") == "shinbun")
        #expect(Hepburn.looseKey(romaji: "shimbun") == "shinbun")
        #expect(Hepburn.looseKey(kana: "しんぶん") == "shinbun")
        #expect(Hepburn.looseKey(romaji: "huzisan") == "fujisan")
        #expect(Hepburn.looseKey(romaji: "tya") == "cha")
        #expect(Hepburn.looseKey(romaji: "zisyo") == "jisho")
        #expect(Hepburn.looseKey(romaji: "mattya") == "matcha")
        #expect(Hepburn.looseKey(romaji: "maccha") == "matcha")
        #expect(Hepburn.looseKey(kana: "まっちゃ") == "matcha")
        #expect(Hepburn.looseKey(romaji: "tempura") == Hepburn.looseKey(kana: "てんぷら"))
    }

    @Test func apostrophesSpacesAndLongVowels() {
        #expect(Hepburn.looseKey(romaji: "shin'ya") == "shinya")
        #expect(Hepburn.looseKey(romaji: "Tsūgi Senmon") == Hepburn.looseKey(kana: "つうぎせんもん"))
        #expect(Hepburn.looseKey(romaji: "koohii") == Hepburn.looseKey(kana: "コーヒー"))
        #expect(Hepburn.looseKey(romaji: "kohi") == "kohi")
        #expect(Hepburn.looseKey(romaji: "sensei") == "sensei")  // ei stays
        #expect(Hepburn.looseKey(romaji: "Ōsaka") == "osaka")
        #expect(Hepburn.looseKey(romaji: "Oosaka") == "osaka")
    }

    @Test func differentWordsStayApart() {
        #expect(Hepburn.looseKey(romaji: "kami") != Hepburn.looseKey(romaji: "kame"))
        #expect(Hepburn.looseKey(kana: "しんぶん") != Hepburn.looseKey(kana: "しんぷん"))
    }
}
