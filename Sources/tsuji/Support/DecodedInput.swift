import TsujiAnnotate
import TsujiText

/// An input file decoded a chunk at a time for `DocumentAnnotator`, with decoding errors turned
/// into CLI errors, and a lossy read's replacements reported after the document's output.
struct DecodedInput: DocumentInput {
    let file: InputFile
    let reader: InputDocuments
    let decoder: StreamingDecoder
    private var ended = false

    init(path: String, reader: InputDocuments) throws {
        file = try InputFile(path: path)
        self.reader = reader
        decoder = try reader.makeDecoder()
    }

    mutating func readMore(into text: inout String) throws -> Bool {
        guard !ended else { return false }
        let bytes = try file.read()
        do {
            if bytes.isEmpty {
                ended = true
                text += try decoder.finish()
                return false
            }
            text += try decoder.decode(bytes)
            return true
        } catch {
            throw reader.decodingFailure(error, name: file.name)
        }
    }

    func didWriteOutput() {
        reader.warnAboutReplacements(decoder, name: file.name)
    }
}
