// swift-tools-version:6.1
// libFuzzer targets for tsuji, built only when asked (`Scripts/fuzz TARGET SECONDS`), so that
// the main package's build stays light. They depend on the main package by path.
//
// Every target is an executable whose main hands its harness to libFuzzer's driver
// (LLVMFuzzerRunDriver). Scripts/fuzz builds them with
//   swift build -c debug -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
// which instruments every module, tsuji's libraries included, for AddressSanitizer and for
// libFuzzer's coverage; only the fuzz executables link libFuzzer (the linker flag below). Not
// `-Xswiftc -sanitize=fuzzer` for everything: that links libFuzzer's main into every
// executable, and tsuji's build-tool plugin (EmbedTerms) is one.
import PackageDescription

let targets = ["annotate", "cedict", "edict", "enamdict", "kanjidic2", "unihan", "terms", "compiled", "glossary"]

let package = Package(
    name: "tsuji-fuzz",
    dependencies: [.package(name: "tsuji", path: "..")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which each target's main calls.
        .target(name: "CFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "TsujiText", package: "tsuji"),
                .product(name: "TsujiDictionary", package: "tsuji"),
                .product(name: "TsujiDictionaryBuild", package: "tsuji"),
                .product(name: "TsujiAnnotate", package: "tsuji"),
                .product(name: "TsujiGlossary", package: "tsuji"),
            ]
        ),
    ] + targets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzSupport", "CFuzzer"],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        )
    }
)
