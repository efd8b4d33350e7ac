import Foundation
import Testing

/// `tsuji romanize` end to end: arguments, standard input, styles, JSON, exit codes.
@Suite struct RomanizeCLITests {
    @Test func oneLinePerArgument() throws {
        let result = try TsujiProcess.run(["romanize", "とうきょう", "まっちゃ", "しんや", "ディズニー"])
        #expect(result.status == 0)
        #expect(result.stdout == "tōkyō\nmatcha\nshin'ya\ndizunī\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func linesOfStandardInput() throws {
        let input = "ラーメン\r\nコーヒー\n\nきっぷ"  // CRLF, an empty line, no final newline
        let result = try TsujiProcess.run(["romanize"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "rāmen\nkōhī\n\nkippu\n")
    }

    @Test func argumentsWinOverStandardInput() throws {
        let result = try TsujiProcess.run(["romanize", "きんえん"], stdin: Data("ラーメン\n".utf8))
        #expect(result.stdout == "kin'en\n")
    }

    @Test func stylesAndSystems() throws {
        let cases: [([String], String)] = [
            (["--style", "traditional", "しんぶん"], "shimbun"),
            (["--style", "kunrei", "しんぶん"], "sinbun"),
            (["--style", "nihon", "つづく"], "tuduku"),
            (["--style", "ascii", "とうきょう"], "toukyou"),
            // Hanzi go word by word through the dictionaries (北京 and 中国 are curated terms),
            // character by character where no word is known (東京 is not a Chinese term).
            (["--style", "ascii", "北京"], "Beijing"),
            (["中国"], "Zhōngguó"),
            (["東京タワー"], "dōng jīng tawā"),
            (["--system", "hepburn", "東京タワー"], "東京 tawā"),
            (["--system", "pinyin", "Xi1 an1"], "Xī'ān"),
            (["--system", "pinyin", "lu:4 se4"], "lǜsè"),
            (["--system", "pinyin", "--style", "numbered", "Tōngyì"], "Tong1 yi4"),
            (["--system", "pinyin", "--style", "toneless", "Tong1 yi4 Qian1 wen4"], "Tongyi Qianwen"),
            (["--style", "numbered", "通义"], "tong1 yi4"),
            (["Qwen 2.5"], "Qwen 2.5"),
        ]
        for (arguments, expected) in cases {
            let result = try TsujiProcess.run(["romanize"] + arguments, environment: TsujiProcess.embeddedOnly)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout == expected + "\n", "\(arguments)")
        }
    }

    @Test func edgeKanaNeverCrash() throws {
        let result = try TsujiProcess.run(["romanize", "ゝ", "ー", "っ", "ムッォ", "ｰ", "ゃ", "ヶ", "ラーーメン"])
        #expect(result.status == 0)
        #expect(result.stdout == "\n-\n\nmuo\n-\nya\nka\nrāmen\n")
    }

    @Test func jsonArray() throws {
        let result = try TsujiProcess.run(["romanize", "--format", "json", "とうきょう", "通义千问", "東京タワー", "a\"b"],
                                          environment: TsujiProcess.embeddedOnly)
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let objects = try #require(parsed)
        #expect(objects.count == 4)
        #expect(objects[0]["input"] as? String == "とうきょう")
        #expect(objects[0]["output"] as? String == "tōkyō")
        #expect(objects[0]["system"] as? String == "hepburn")
        #expect(objects[0]["fallback"] as? Bool == false)
        // A dictionary word (通義千問, met through variant folding), not per-character readings.
        #expect(objects[1]["output"] as? String == "Tōngyì Qiānwèn")
        #expect(objects[1]["system"] as? String == "pinyin")
        #expect(objects[1]["fallback"] as? Bool == false)
        #expect(objects[2]["system"] as? String == "mixed")
        #expect(objects[3]["input"] as? String == "a\"b")
        #expect(objects[3]["system"] as? String == "none")
        // One object per line inside the array.
        #expect(result.stdout.split(separator: "\n").count == 6)
    }

    @Test func jsonFromEmptyInputIsAnEmptyArray() throws {
        let result = try TsujiProcess.run(["romanize", "--format", "json"], stdin: Data())
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        #expect(parsed?.isEmpty == true)
    }

    @Test func usageErrorsExit64() throws {
        for arguments in [
            ["--system", "hepburn", "--style", "numbered", "x"], ["--system", "pinyin", "--style", "kunrei", "x"],
            ["--style", "bogus", "x"], ["--format", "xml", "x"], ["--system", "klingon", "x"],
        ] {
            let result = try TsujiProcess.run(["romanize"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(!result.stderr.isEmpty, "\(arguments)")
        }
    }

    @Test func invalidUTF8Exits65NamingLineAndOffset() throws {
        var input = Data("ok\n".utf8)
        input.append(contentsOf: [0x61, 0xFF, 0x0A])
        let result = try TsujiProcess.run(["romanize"], stdin: input)
        #expect(result.status == 65)
        #expect(result.stdout == "ok\n")
        #expect(result.stderr.contains("<stdin>:2"))
        #expect(result.stderr.contains("byte offset 4"))
    }

    @Test func helpDocumentsTheJSONFormat() throws {
        let result = try TsujiProcess.run(["romanize", "--help"])
        #expect(result.status == 0)
        for word in ["--system", "--style", "--format", "kunrei", "toneless", "\"input\"", "fallback"] {
            #expect(result.stdout.contains(word), "\(word)")
        }
    }
}
