/// Shinjitai → kyūjitai pairs of the Jōyō kanji (the post-1946 simplified Japanese forms and the
/// traditional forms they replaced), written out by the tsuji project. Each pair is two
/// characters: the shinjitai, then the kyūjitai. Traditional Chinese generally writes the
/// kyūjitai, so folding a shinjitai through its kyūjitai reaches the traditional and, through
/// ICU's Traditional-Simplified, the simplified form.
let joyoShinjitaiKyujitai = """
    亜亞 悪惡 圧壓 囲圍 医醫 為爲 壱壹 隠隱 栄榮 営營 衛衞 駅驛 謁謁 円圓 塩鹽 縁緣 応應 欧歐 殴毆 桜櫻 奥奧 横橫 \
    温溫 穏穩 仮假 価價 画畫 会會 壊壞 懐懷 絵繪 拡擴 殻殼 覚覺 学學 岳嶽 楽樂 渇渴 巻卷 陥陷 勧勸 寛寬 関關 \
    歓歡 観觀 気氣 帰歸 亀龜 偽僞 戯戲 犠犧 旧舊 拠據 挙擧 峡峽 挟挾 狭狹 暁曉 区區 駆驅 勲勳 径徑 恵惠 渓溪 \
    経經 継繼 茎莖 蛍螢 軽輕 鶏鷄 剣劍 倹儉 険險 圏圈 検檢 献獻 権權 顕顯 験驗 厳嚴 広廣 効效 恒恆 鉱鑛 号號 \
    国國 黒黑 済濟 砕碎 斎齋 剤劑 雑雜 参參 桟棧 蚕蠶 惨慘 賛贊 残殘 歯齒 児兒 辞辭 湿濕 実實 写寫 釈釋 寿壽 \
    収收 従從 渋澁 獣獸 縦縱 粛肅 処處 緒緖 叙敍 奨奬 将將 称稱 渉涉 焼燒 証證 乗乘 浄淨 剰剩 畳疊 条條 状狀 \
    譲讓 醸釀 嘱囑 触觸 寝寢 慎愼 真眞 尽盡 図圖 粋粹 酔醉 随隨 髄髓 数數 枢樞 声聲 静靜 斉齊 摂攝 窃竊 専專 \
    浅淺 戦戰 践踐 銭錢 潜潛 繊纖 禅禪 双雙 壮壯 争爭 荘莊 捜搜 挿插 巣巢 装裝 総總 騒騷 増增 蔵藏 臓臟 即卽 \
    属屬 続續 堕墮 体體 対對 帯帶 滞滯 滝瀧 択擇 沢澤 単單 担擔 胆膽 団團 弾彈 断斷 痴癡 遅遲 昼晝 虫蟲 鋳鑄 \
    庁廳 聴聽 鎮鎭 逓遞 鉄鐵 転轉 点點 伝傳 党黨 盗盜 灯燈 当當 闘鬭 徳德 独獨 読讀 届屆 弐貳 悩惱 脳腦 覇霸 \
    廃廢 拝拜 売賣 麦麥 発發 髪髮 抜拔 蛮蠻 秘祕 浜濱 払拂 仏佛 併倂 並竝 辺邊 変變 歩步 宝寶 豊豐 没沒 翻飜 \
    毎每 万萬 満滿 黙默 訳譯 薬藥 与與 誉譽 揺搖 様樣 謡謠 来來 頼賴 乱亂 覧覽 竜龍 両兩 猟獵 緑綠 涙淚 塁壘 \
    励勵 礼禮 霊靈 齢齡 恋戀 炉爐 労勞 楼樓 郎郞 禄祿 録錄 湾灣 歴歷 暦曆 錬鍊 隣鄰 聡聰 鉱鑛 晩晚 姫姬 \
    壌壤 孃嬢 涜瀆 掲揭 謹謹 渇渴 稲稻 穀穀 黄黃 恵惠 巌巖 径徑 層層 僧僧 勤勤 器器 類類 都都 著著 突突 \
    戻戾 顔顏 頻頻 徴徵 懲懲 練練 悔悔 海海 梅梅 敏敏 繁繁 侮侮 祉祉 祈祈 祖祖 祝祝 神神 福福 禍禍 社社 \
    視視 者者 煮煮 暑暑 署署 緒緖 諸諸 賓賓 漢漢 難難 嘆嘆 謹謹 卑卑 碑碑 墨墨 郷鄕 響響 既既 概概 慨慨
    """

/// Shinjitai whose kyūjitai is one of several characters, or which is also a character in its
/// own right in Chinese (芸 is both 藝's shinjitai and the herb 芸). They are never folded: a
/// guess would join unrelated words. Matching still finds every form a dictionary writes.
let ambiguousShinjitai: [Unicode.Scalar: [Unicode.Scalar]] = [
    "芸": ["藝", "芸"], "弁": ["辨", "辯", "瓣", "弁"], "欠": ["缺", "欠"], "予": ["豫", "予"],
    "余": ["餘", "余"], "台": ["臺", "颱", "檯", "台"], "糸": ["絲", "糸"], "缶": ["罐", "缶"],
    "蚕": ["蠶", "蚕"], "灯": ["燈", "灯"], "体": ["體", "体"], "声": ["聲", "声"],
    "党": ["黨", "党"], "児": ["兒", "児"], "号": ["號", "号"], "虫": ["蟲", "虫"],
    "医": ["醫", "医"], "万": ["萬", "万"], "与": ["與", "与"], "礼": ["禮", "礼"],
    "当": ["當", "当"], "旧": ["舊", "旧"], "双": ["雙", "双"], "条": ["條", "条"],
]
