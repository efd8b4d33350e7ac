import ArgumentParser
import TsujiDictionary
import TsujiText

/// An error for the user: the message (naming the file and place) and its sysexits code.
struct CLIError: Error {
    let message: String
    let code: ExitCode

    static func noInput(_ message: String) -> CLIError { CLIError(message: message, code: .noInput) }
    static func data(_ message: String) -> CLIError { CLIError(message: message, code: .dataError) }
    static func cannotCreate(_ message: String) -> CLIError { CLIError(message: message, code: .cannotCreate) }
    static func io(_ message: String) -> CLIError { CLIError(message: message, code: .ioError) }
    static func usage(_ message: String) -> CLIError { CLIError(message: message, code: .usage) }

    init(message: String, code: ExitCode) {
        self.message = message
        self.code = code
    }

    init(_ error: DictionaryLoader.LoadError) {
        switch error {
        case .missingFile, .unreadable: self.init(message: error.description, code: .noInput)
        case .malformed, .badEncoding, .badDictionary: self.init(message: error.description, code: .dataError)
        }
    }

    init(_ error: AtomicFile.WriteError) {
        switch error {
        case .cannotCreate: self.init(message: error.description, code: .cannotCreate)
        case .ioError: self.init(message: error.description, code: .ioError)
        }
    }
}

/// Runs a command body, turning a `CLIError` into a message on stderr and its exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        Terminal.error(error.message)
        throw error.code
    }
}
