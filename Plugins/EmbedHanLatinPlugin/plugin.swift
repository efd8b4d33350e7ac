import Foundation
import PackagePlugin

/// Writes ICU's Han-Latin reading of every Han character into TsujiRomanize as a Swift source
/// file (a table), so that no process creates ICU's Han-Latin transform (over 100 ms) to read
/// a character no dictionary covers.
@main
struct EmbedHanLatinPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
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
}
