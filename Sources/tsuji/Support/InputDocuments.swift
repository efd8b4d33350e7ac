import Foundation
import TsujiText

/// Reads the input documents named on the command line, or standard input ("-" or none).
struct InputDocuments {
    var encoding: String?
    var lossy = false

    /// Reads and decodes one input. Errors name the file and the byte offset.
    func read(_ path: String) throws -> TextDocument {
        let file = try InputFile(path: path)
        let bytes = try file.readAll()
        let decoder = try makeDecoder()
        do {
            var text = try decoder.decode(bytes)
            text += try decoder.finish()
            warnAboutReplacements(decoder, name: file.name)
            return TextDocument(name: path, text: text)
        } catch {
            throw decodingFailure(error, name: file.name)
        }
    }

    func readAll(_ paths: [String]) throws -> [TextDocument] {
        try (paths.isEmpty ? ["-"] : paths).map(read)
    }

    /// A decoder for one input with this reader's encoding and lossy setting.
    func makeDecoder() throws(DecodingError) -> StreamingDecoder {
        try StreamingDecoder(encoding: encoding, lossy: lossy)
    }

    /// The warning after a lossy read that replaced something.
    func warnAboutReplacements(_ decoder: StreamingDecoder, name: String) {
        let count = decoder.replacements
        guard count > 0 else { return }
        Terminal.warning("\(name): replaced \(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") with U+FFFD")
    }

    /// The CLI error for bytes that could not be decoded: 65, naming the file and byte offset.
    func decodingFailure(_ error: DecodingError, name: String) -> CLIError {
        var message = "\(name): \(error)"
        if case .invalidSequence(let encoding, _, _) = error, encoding == "UTF-8", self.encoding == nil {
            message += " (use --encoding for EUC-JP, Shift_JIS or GB18030 input, or --lossy to replace bad bytes)"
        }
        return CLIError(message, for: error)
    }
}
