/// The syllables of Hanyu Pinyin, without tones, written as the standard orthography writes
/// them (ü only after l and n: lü, nüe; ju, quan, xue, yun with plain u).
enum PinyinTable {
    /// The ordinary syllables, by initial: the standard table of Mandarin syllables, with the
    /// rare ones that dictionaries use (dia, lia, miu, pou, fou, den, nen, tei, kei, zhei, shei,
    /// fiao, rua, lo, yo). Interjections without a vowel letter and the erhua suffix are in
    /// `specials`.
    static let ordinary: [String] = {
        let groups = [
            "a ai an ang ao e ei en eng er o ou",
            "ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun",
            "wa wai wan wang wei wen weng wo wu",
            "ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu",
            "pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu",
            "ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu",
            "fa fan fang fei fen feng fiao fo fou fu",
            "da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo",
            "ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo",
            "na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe",
            "la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe",
            "ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo",
            "ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo",
            "ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo",
            "ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun",
            "qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun",
            "xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun",
            "zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo",
            "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo",
            "sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo",
            "ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo",
            "za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo",
            "ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo",
            "sa sai san sang sao se sen seng si song sou su suan sui sun suo",
        ]
        return groups.flatMap { $0.split(separator: " ").map(String.init) }
    }()

    /// Syllables outside the ordinary table: the syllabic nasals and interjections (m, n, ng,
    /// hm, hng), ê, and the erhua suffix r (CC-CEDICT writes 儿 after a syllable as r5).
    static let specials: [String] = ["m", "n", "ng", "hm", "hng", "ê", "r"]

    static let ordinarySet: Set<[Unicode.Scalar]> = Set(ordinary.map { Array($0.unicodeScalars) })
    static let specialSet: Set<[Unicode.Scalar]> = Set(specials.map { Array($0.unicodeScalars) })

    /// The longest syllable has six letters (zhuang, chuang, shuang).
    static let maximumLength = 6

    /// The standard spelling of a toneless syllable written loosely: ü and v after j, q, x, y
    /// become u (jü → ju); lue, nue become lüe, nüe (their only ASCII spelling).
    static func canonical(_ letters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = letters.first else { return letters }
        var result = letters
        if first == "j" || first == "q" || first == "x" || first == "y" {
            for index in result.indices where result[index] == "ü" { result[index] = "u" }
        } else if (first == "l" || first == "n"), result.count == 3, result[1] == "u", result[2] == "e" {
            result[1] = "ü"
        }
        return result
    }
}
