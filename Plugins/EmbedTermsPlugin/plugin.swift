import Foundation
import PackagePlugin

/// Compiles dictionaries/terms/*.tsv into the TsujiDictionary module as a Swift source file, so
/// the `tsuji` binary carries its default dictionary and needs no file from the checkout; into
/// TsujiRomanize, ICU's per-character Han-Latin readings (so no process compiles that transform).
@main
struct EmbedTermsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // TsujiRomanize gets ICU's Han-Latin reading of each character instead.
        if target.name == "TsujiRomanize" {
            let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedHanLatin.swift")
            return [
                .buildCommand(
                    displayName: "Embedding ICU's Han-Latin readings",
                    executable: try context.tool(named: "EmbedTerms").url,
                    arguments: ["--han-latin", output.path],
                    inputFiles: [],
                    outputFiles: [output]
                )
            ]
        }
        let termsFolder = context.package.directoryURL.appending(path: "dictionaries").appending(path: "terms")
        let files = try FileManager.default.contentsOfDirectory(at: termsFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "tsv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTerms.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) curated term files",
                executable: try context.tool(named: "EmbedTerms").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
