import Testing
import TsujiDictionary

/// Each rule of ``EnglishRendering`` on real CC-CEDICT senses (the line each comes from is
/// given): the rendering a translator would paste, and what goes to the note instead.
@Suite struct EnglishRenderingTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let line: String
        let sense: String
        let renderings: [String]
        var testDescription: String { line }
    }

    static let rows: [Row] = [
        // Places: the description after the name goes; a district or county keeps its head.
        Row(line: "杭州市 杭州市 [Hang2 zhou1 shi4]",
            sense: "Hangzhou subprovincial city and capital of Zhejiang province in southeast China", renderings: ["Hangzhou"]),
        Row(line: "東莞市 东莞市 [Dong1 guan3 Shi4]",
            sense: "Dongguan prefecture-level city in Guangdong 廣東省|广东省[Guang3 dong1 Sheng3]", renderings: ["Dongguan"]),
        Row(line: "大連市 大连市 [Da4 lian2 shi4]",
            sense: "Dalian subprovincial city in Liaoning province 遼寧省|辽宁省[Liao2 ning2 Sheng3] in northeast China",
            renderings: ["Dalian"]),
        Row(line: "嶗山區 崂山区 [Lao2 shan1 qu1]",
            sense: "Laoshan district of Qingdao city 青島市|青岛市, Shandong", renderings: ["Laoshan District", "Laoshan"]),
        Row(line: "泰縣 泰县 [Tai4 xian4]", sense: "Tai county in Jiangsu", renderings: ["Tai County", "Tai"]),
        Row(line: "屏東縣 屏东县 [Ping2 dong1 Xian4]",
            sense: "Pingtung County in south Taiwan", renderings: ["Pingtung County", "Pingtung"]),
        Row(line: "高雄市 高雄市 [Gao1 xiong2 shi4]", sense: "Kaohsiung or Gaoxiong city in south Taiwan", renderings: ["Kaohsiung"]),
        Row(line: "雅礱江 雅砻江 [Ya3 long2 jiang1]",
            sense: "Yalong river of Tibet and Sichuan", renderings: ["Yalong River", "Yalong"]),
        // People: dates and what follows them go.
        Row(line: "李先念 李先念 [Li3 Xian1 nian4]", sense: "Li Xiannian (1909-1992), PRC general and politician",
            renderings: ["Li Xiannian"]),
        // What follows a comma or a colon describes; "aka" adds a name.
        Row(line: "漢語拼音 汉语拼音 [Han4 yu3 Pin1 yin1]",
            sense: "Hanyu Pinyin, the romanization system used in the PRC since the 1960s", renderings: ["Hanyu Pinyin"]),
        Row(line: "南沙 南沙 [Nan2 sha1]", sense: "Nansha Islands, aka Spratly Islands",
            renderings: ["Nansha Islands", "Nansha", "Spratly Islands"]),
        Row(line: "四人幫 四人帮 [Si4 ren2 bang1]",
            sense: "Gang of Four: Jiang Qing 江青[Jiang1 Qing1], Zhang Chunqiao 張春橋|张春桥[Zhang1 Chun1 qiao2]",
            renderings: ["Gang of Four"]),
        // A parenthesis describes.
        Row(line: "中國移動通信 中国移动通信 [Zhong1 guo2 Yi2 dong4 Tong1 xin4]",
            sense: "China Mobile (PRC state telecommunications company)", renderings: ["China Mobile"]),
        // Cross-references and usage notes are no renderings.
        Row(line: "博鰲 博鳌 [Bo2 ao2]", sense: "see 博鰲鎮|博鳌镇[Bo2 ao2 zhen4]", renderings: []),
        Row(line: "華 华 [Hua2]", sense: "abbr. for China", renderings: []),
        Row(line: "華 华 [hua1]", sense: "old variant of 花[hua1]", renderings: []),
        Row(line: "華 华 [Hua4]", sense: "surname Hua", renderings: []),
        // A plain word stays as it is.
        Row(line: "華 华 [hua2]", sense: "magnificent", renderings: ["magnificent"]),
    ]

    @Test(arguments: rows)
    func rendering(_ row: Row) {
        #expect(EnglishRendering.renderings(ofSense: row.sense) == row.renderings)
    }

    @Test func aRenderingHasNoChineseNoPinyinNotationAndAtMostEightWords() {
        for row in Self.rows {
            for rendering in EnglishRendering.renderings(ofSense: row.sense) {
                #expect(!rendering.unicodeScalars.contains { $0.value >= 0x3000 }, "\(rendering)")
                #expect(!rendering.contains("["), "\(rendering)")
                #expect(rendering.split(separator: " ").count <= 8, "\(rendering)")
            }
        }
    }

    @Test func theNoteKeepsTheDefinitionReadably() {
        let (english, note) = EnglishRendering.render(["Dongguan prefecture-level city in Guangdong 廣東省|广东省[Guang3 dong1 Sheng3]"])
        #expect(english == ["Dongguan"])
        #expect(note == "Dongguan prefecture-level city in Guangdong 廣東省 Guǎngdōng Shěng")
    }

    @Test func sensesThatAreRenderingsAlreadyGiveNoNote() {
        let (english, note) = EnglishRendering.render(["Tencent", "Tencent Holdings"])
        #expect(english == ["Tencent", "Tencent Holdings"])
        #expect(note == nil)
    }

    @Test func aSeeSensePointsToTheMainForm() {
        #expect(EnglishRendering.reference(ofSense: "see 博鰲鎮|博鳌镇[Bo2 ao2 zhen4]") == "博鰲鎮")
        #expect(EnglishRendering.reference(ofSense: "abbr. for China") == nil)
    }
}
