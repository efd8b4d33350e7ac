// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tsuji",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tsuji", targets: ["tsuji"]),
        .library(name: "TsujiText", targets: ["TsujiText"]),
        .library(name: "TsujiRomanize", targets: ["TsujiRomanize"]),
        .library(name: "TsujiDictionary", targets: ["TsujiDictionary"]),
        .library(name: "TsujiDictionaryBuild", targets: ["TsujiDictionaryBuild"]),
        .library(name: "TsujiAnnotate", targets: ["TsujiAnnotate"]),
        .library(name: "TsujiGlossary", targets: ["TsujiGlossary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only code that includes <unicode/*.h>; its public header includes none.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .target(name: "TsujiText", dependencies: ["CICU"]),
        // zlib and libbz2 behind plain C functions, for the streaming dictionary readers.
        .target(
            name: "CCompression",
            linkerSettings: [.linkedLibrary("z"), .linkedLibrary("dl")]
        ),
        // ICU's Han-Latin reading of each character, computed at build time (EmbedHanLatinPlugin).
        .target(name: "TsujiRomanize", dependencies: ["TsujiText"], plugins: ["EmbedHanLatinPlugin"]),
        // The read side: the term model, keys, the stack and its layers, matching, lookup, and
        // the compiled file's reader.
        .target(
            name: "TsujiDictionary",
            dependencies: ["TsujiText", "TsujiRomanize"],
            plugins: ["EmbedTermsPlugin"]
        ),
        // The build side: importers of each source, decompression, the compiler and the file
        // writer, install (as Sudachi keeps dic/build apart from dic/read).
        .target(
            name: "TsujiDictionaryBuild",
            dependencies: ["TsujiDictionary", "TsujiRomanize", "TsujiText", "CCompression"]
        ),
        // The build tool behind both plugins: writes dictionaries/terms/*.tsv into TsujiDictionary,
        // and ICU's Han-Latin readings into TsujiRomanize, as Swift source at build time.
        .executableTarget(name: "EmbedTerms", dependencies: ["TsujiText"]),
        .plugin(name: "EmbedTermsPlugin", capability: .buildTool(), dependencies: ["EmbedTerms"]),
        .plugin(name: "EmbedHanLatinPlugin", capability: .buildTool(), dependencies: ["EmbedTerms"]),
        // Every module a target imports is listed, not only reached through another: SwiftPM
        // rebuilds a target when a listed dependency changes, and only then.
        .target(name: "TsujiAnnotate", dependencies: ["TsujiDictionary", "TsujiRomanize", "TsujiText"]),
        // glibc's heap knobs (mallopt), which the Glibc module does not import; for the CLI.
        .target(name: "CHeapTuning"),
        .target(name: "TsujiGlossary", dependencies: ["TsujiAnnotate", "TsujiDictionary", "TsujiText"]),
        .executableTarget(
            name: "tsuji",
            dependencies: [
                "TsujiText", "TsujiRomanize", "TsujiDictionary", "TsujiDictionaryBuild", "TsujiAnnotate", "TsujiGlossary",
                "CHeapTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TsujiTextTests", dependencies: ["TsujiText"]),
        .testTarget(name: "TsujiRomanizeTests", dependencies: ["TsujiRomanize", "TsujiText"]),
        // What several test targets share (a seeded generator); linked into tests only.
        .target(name: "TsujiTestSupport", path: "Tests/TsujiTestSupport"),
        .testTarget(
            name: "TsujiDictionaryTests", dependencies: ["TsujiDictionary", "TsujiRomanize", "TsujiText", "TsujiTestSupport"]
        ),
        .testTarget(
            name: "TsujiDictionaryBuildTests",
            dependencies: ["TsujiDictionaryBuild", "TsujiDictionary", "TsujiAnnotate", "TsujiText", "TsujiTestSupport"]
        ),
        .testTarget(
            name: "TsujiAnnotateTests", dependencies: ["TsujiAnnotate", "TsujiDictionary", "TsujiText", "TsujiTestSupport"]
        ),
        .testTarget(name: "TsujiGlossaryTests", dependencies: ["TsujiGlossary", "TsujiAnnotate", "TsujiDictionary"]),
        // The accuracy gates: the annotator scored on Evaluation/ (embedded default and, when
        // installed, the full dictionaries) against hand-written gold lists.
        .testTarget(
            name: "TsujiEvaluationTests", dependencies: ["TsujiAnnotate", "TsujiDictionary", "TsujiRomanize", "TsujiText"]
        ),
        // Runs the built `tsuji` binary end to end.
        .testTarget(name: "TsujiCLITests", dependencies: ["tsuji"]),
        // The fuzz harnesses (Fuzz/Sources/FuzzSupport, linked here as Harness) replayed over
        // the seed corpora and every saved crash, without libFuzzer.
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["TsujiText", "TsujiDictionary", "TsujiDictionaryBuild", "TsujiAnnotate", "TsujiGlossary"]
        ),
    ]
)
