// swift-tools-version:6.1
// In-process micro-benchmarks of tsuji's trie, matcher and romanizers (ordo-one/benchmark).
// A separate package, so the main build does not fetch or compile the benchmark tooling.
//   cd Benchmarks && swift package benchmark
// Scripts/bench runs them along with the whole-process comparison against other tools.
import Foundation
import PackageDescription

// A path dependency's identity is the name of its folder, which differs between checkouts
// (main, a worktree, CI's clone), so name it from this file's location.
let tsuji = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "TsujiBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TsujiMicro",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TsujiText", package: tsuji),
                .product(name: "TsujiRomanize", package: tsuji),
                .product(name: "TsujiDictionary", package: tsuji),
                .product(name: "TsujiAnnotate", package: tsuji),
            ],
            path: "Benchmarks/TsujiMicro",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
