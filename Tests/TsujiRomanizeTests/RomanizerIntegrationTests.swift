import Testing
import TsujiRomanize

/// The romanizations the rest of tsuji relies on (index keys, annotation romaji).
@Suite struct RomanizerIntegrationTests {
    @Test func hepburnForAnnotations() {
        #expect(Hepburn.romanize("つうぎ") == "tsūgi")
        #expect(Hepburn.romanize("しゅんせつ") == "shunsetsu")
        #expect(Hepburn.romanize("テンセント") == "tensento")
    }

    @Test func looseKeysMeetAcrossSpellings() {
        let key = Hepburn.looseKey(kana: "つうぎ")
        #expect(Hepburn.looseKey(romaji: "tsūgi") == key)
        #expect(Hepburn.looseKey(romaji: "tsuugi") == key)
        #expect(Hepburn.looseKey(romaji: "Tsūgi") == key)
    }

    @Test func pinyinFromNumbered() {
        #expect(Pinyin.fromNumbered("Tong1 yi4 Qian1 wen4") == "Tōngyì Qiānwèn")
        #expect(Pinyin.fromNumbered("Xi1 an1") == "Xī'ān")
    }
}
