import Foundation
import TsujiText

/// Reads the input documents named on the command line, or standard input ("-" or none).
struct InputDocuments {
    struct Document {
        let name: String
        let text: String
    }

    var encoding: String?
    var lossy = false

    /// Reads and decodes one input. Errors name the file and the byte offset.
    func read(_ path: String) throws -> Document {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.noInput("\(path): no such file")
            }
            guard !isDirectory.boolValue else { throw CLIError.noInput("\(path): is a folder, not a file") }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.noInput("\(path): cannot be read (permission denied?)")
            }
            bytes = Array(data)
        }
        let name = path == "-" ? "<stdin>" : path
        do {
            let decoded = try DocumentDecoder.decode(bytes, encoding: encoding, lossy: lossy)
            if decoded.replacements > 0 {
                Terminal.warning("\(name): replaced \(decoded.replacements) invalid UTF-8 sequence\(decoded.replacements == 1 ? "" : "s") with U+FFFD")
            }
            return Document(name: path == "-" ? "-" : path, text: decoded.text)
        } catch {
            var message = "\(name): \(error)"
            if case .invalidSequence(let encoding, _, _) = error, encoding == "UTF-8", self.encoding == nil {
                message += " (use --encoding for EUC-JP, Shift_JIS or GB18030 input, or --lossy to replace bad bytes)"
            }
            if case .unknownEncoding = error { throw CLIError.usage(message) }
            throw CLIError.data(message)
        }
    }

    func readAll(_ paths: [String]) throws -> [Document] {
        try (paths.isEmpty ? ["-"] : paths).map(read)
    }
}
