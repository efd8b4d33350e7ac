import ArgumentParser
import Foundation
import TsujiDictionary
import TsujiDictionaryBuild

/// `tsuji dict build --cedict FILE …`: a dictionary compiled from the source files given.
struct DictBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: DictHelp.buildAbstract, discussion: DictHelp.buildDiscussion)

    @Option(help: "CC-CEDICT file (.txt or .gz).") var cedict: String?
    @Option(help: "EDICT file (EUC-JP).") var edict: String?
    @Option(help: "ENAMDICT file (EUC-JP).") var enamdict: String?
    @Option(help: "KANJIDIC2 file (.xml or .xml.gz).") var kanjidic: String?
    @Option(help: "Folder with Unihan_Readings.txt[.bz2] and Unihan_Variants.txt[.bz2].") var unihan: String?
    @Option(name: .shortAndLong, help: "Output file (default: the installed dictionary in the data directory).")
    var output: String?
    @Flag(help: "Stop at the first malformed source line instead of skipping it.") var strict = false

    func validate() throws {
        if [cedict, edict, enamdict, kanjidic, unihan].allSatisfy({ $0 == nil }) {
            throw ValidationError("give at least one source: --cedict, --edict, --enamdict, --kanjidic or --unihan")
        }
    }

    func run() throws {
        try reportingErrors {
            func existing(_ path: String?) throws -> String? {
                guard let path else { return nil }
                guard FileManager.default.isReadableFile(atPath: path) else { throw CLIError.noInput("\(path): no such readable file") }
                return path
            }
            var readings: String?, variants: String?
            if let unihan {
                func find(_ name: String) -> String? {
                    [name, name + ".bz2", name + ".gz"].map { (unihan as NSString).appendingPathComponent($0) }
                        .first(where: FileManager.default.isReadableFile)
                }
                readings = find("Unihan_Readings.txt")
                variants = find("Unihan_Variants.txt")
                if readings == nil { throw CLIError.noInput("\(unihan): no Unihan_Readings.txt(.bz2) in it") }
            }
            let inputs = DictionaryCompiler.Inputs(
                cedict: try existing(cedict), edict: try existing(edict), enamdict: try existing(enamdict),
                kanjidic2: try existing(kanjidic), unihanReadings: readings, unihanVariants: variants)
            let target = output.map { URL(fileURLWithPath: $0) } ?? DataDirectory.compiledDictionary()
            try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Into the data directory: one build or install at a time, like `dict install`.
            let lock = output == nil ? try InstallLock(path: DataDirectory.url().appendingPathComponent(".install.lock").path) : nil
            defer { lock?.release() }
            try DictCompilation.compile(inputs, to: target, strict: strict)
        }
    }
}
