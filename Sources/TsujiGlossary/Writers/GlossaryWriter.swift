/// Writes a glossary in one file format.
public protocol GlossaryWriter: Sendable {
    /// The file's text. Rows the format cannot hold (a DeepL entry over its size limit) are left
    /// out with a line in `warnings`.
    func write(_ glossary: Glossary, warnings: inout [String]) -> String
}

extension GlossaryWriter {
    /// The file's text, with any warnings dropped.
    public func write(_ glossary: Glossary) -> String {
        var warnings: [String] = []
        return write(glossary, warnings: &warnings)
    }
}
