import TsujiText

/// An input file decoded a chunk at a time, with decoding errors turned into CLI errors.
struct DecodedInput {
    let file: InputFile
    let reader: InputDocuments
    let decoder: StreamingDecoder
    /// Decoded text not handed out yet.
    private(set) var buffered = ""
    private var ended = false

    init(file: InputFile, reader: InputDocuments) throws {
        self.file = file
        self.reader = reader
        decoder = try reader.makeDecoder()
    }

    /// Reads and decodes the next chunk into `buffered`; false at the end of the input.
    mutating func readMore() throws -> Bool {
        guard !ended else { return false }
        let bytes = try file.read()
        do {
            if bytes.isEmpty {
                ended = true
                buffered += try decoder.finish()
                return false
            }
            buffered += try decoder.decode(bytes)
            return true
        } catch {
            throw reader.decodingFailure(error, name: file.name)
        }
    }

    mutating func takeBuffered() -> String {
        defer { buffered = "" }
        return buffered
    }
}
