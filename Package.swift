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
        // ICU's Han-Latin reading of each character, computed at build time (EmbedTermsPlugin).
        .target(name: "TsujiRomanize", dependencies: ["TsujiText"], plugins: ["EmbedTermsPlugin"]),
        .target(
            name: "TsujiDictionary",
            dependencies: ["TsujiText", "TsujiRomanize", "CCompression"],
            plugins: ["EmbedTermsPlugin"]
        ),
        // Writes dictionaries/terms/*.tsv, and ICU's traditional → simplified character map, into
        // TsujiDictionary as source at build time.
        .executableTarget(name: "EmbedTerms", dependencies: ["TsujiText"]),
        .plugin(name: "EmbedTermsPlugin", capability: .buildTool(), dependencies: ["EmbedTerms"]),
        // Every module a target imports is listed, not only reached through another: SwiftPM
        // rebuilds a target when a listed dependency changes, and only then.
        .target(name: "TsujiAnnotate", dependencies: ["TsujiDictionary", "TsujiRomanize", "TsujiText"]),
        // glibc's heap knobs (mallopt), which the Glibc module does not import; for the CLI.
        .target(name: "CHeapTuning"),
        .target(name: "TsujiGlossary", dependencies: ["TsujiAnnotate", "TsujiDictionary", "TsujiText"]),
        .executableTarget(
            name: "tsuji",
            dependencies: [
                "TsujiText", "TsujiRomanize", "TsujiDictionary", "TsujiAnnotate", "TsujiGlossary", "CHeapTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TsujiTextTests", dependencies: ["TsujiText"]),
        .testTarget(name: "TsujiRomanizeTests", dependencies: ["TsujiRomanize", "TsujiText"]),
        .testTarget(name: "TsujiDictionaryTests", dependencies: ["TsujiDictionary", "TsujiRomanize", "TsujiText"]),
        .testTarget(name: "TsujiAnnotateTests", dependencies: ["TsujiAnnotate", "TsujiDictionary", "TsujiText"]),
        .testTarget(name: "TsujiGlossaryTests", dependencies: ["TsujiGlossary", "TsujiAnnotate", "TsujiDictionary"]),
        // Runs the built `tsuji` binary end to end.
        .testTarget(name: "TsujiCLITests", dependencies: ["tsuji"]),
        // The fuzz harnesses (Fuzz/Sources/FuzzSupport, linked here as Harness) replayed over
        // the seed corpora and every saved crash, without libFuzzer.
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["TsujiText", "TsujiDictionary", "TsujiAnnotate", "TsujiGlossary"]
        ),
    ]
)
