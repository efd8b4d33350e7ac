import Foundation
import TsujiText

/// Standard input read one line at a time, as the lines arrive.
enum StandardInput {
    /// Calls `body` with each line (without its line end, \n or \r\n). Invalid UTF-8 stops with
    /// 65, naming the line and the byte offset from the start; a closed or unreadable standard
    /// input is 66 or 74.
    static func readLines(_ body: (String) -> Void) throws {
        guard !StandardStreams.inputWasClosed else { throw CLIError.noInput("<stdin>: standard input is closed") }
        var splitter = UTF8LineSplitter()
        func decoding(_ work: () throws(UTF8LineSplitter.InvalidLine) -> Void) throws {
            do {
                try work()
            } catch {
                throw CLIError.data("<stdin>:\(error.line): invalid UTF-8 at byte offset \(error.byteOffset).")
            }
        }
        while true {
            let chunk: Data
            do {
                chunk = try FileHandle.standardInput.read(upToCount: 1 << 16) ?? Data()
            } catch {
                throw CLIError.io("<stdin>: cannot read: \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            try decoding { () throws(UTF8LineSplitter.InvalidLine) in try splitter.append(chunk, body) }
        }
        try decoding { () throws(UTF8LineSplitter.InvalidLine) in try splitter.finish(body) }
    }
}
