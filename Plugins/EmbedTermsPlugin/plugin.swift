import Foundation
import PackagePlugin

/// Compiles dictionaries/terms/*.tsv into the TsujiDictionary module as a Swift source file, so
/// the `tsuji` binary carries its default dictionary and needs no file from the checkout.
@main
struct EmbedTermsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
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
