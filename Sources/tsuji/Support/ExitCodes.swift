import ArgumentParser
import TsujiAnnotate
import TsujiDictionary
import TsujiDictionaryBuild
import TsujiGlossary
import TsujiText

/// sysexits(3) codes, as DESIGN.md's conventions ask.
extension ExitCode {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let unavailable = ExitCode(69)
    static let software = ExitCode(70)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)
}

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

    /// `message` (which says more than `error` alone: the file, a hint) with the code of `error`;
    /// 65 for an error the mapping does not know.
    init(_ message: String, for error: any Error) {
        self.init(message: message, code: Self.code(for: error) ?? .dataError)
    }

    /// The one mapping from errors to sysexits codes: the libraries' errors by what went wrong
    /// (a file missing, bad data, a usage the library refuses, a file that cannot be written).
    /// nil for an error that is none of these, which goes to ArgumentParser as it is.
    static func code(for error: any Error) -> ExitCode? {
        switch error {
        case let error as CLIError:
            error.code
        case let error as DictionaryLoader.LoadError:
            switch error {
            case .missingFile, .unreadable: .noInput
            case .malformed, .badEncoding, .badDictionary: .dataError
            }
        case let error as AtomicFile.WriteError:
            switch error {
            case .cannotCreate: .cannotCreate
            case .ioError: .ioError
            }
        case let error as DictionaryWriteError:
            switch error {
            case .cannotCreate: .cannotCreate
            case .io: .ioError
            case .invalidIndexName, .duplicateIndex, .entryOutOfRange, .tooLarge: .software
            }
        case let error as InstallError:
            if case .cannotWrite = error { .cannotCreate } else { .unavailable }
        case let error as DecodingError:
            if case .unknownEncoding = error { .usage } else { .dataError }
        case is DocumentAnnotator.Error, is GlossaryOutput.Error:
            .usage
        case is DictionaryFileError, is DictionaryReadError, is ParseIssue, is GlossaryReadError:
            .dataError
        default:
            nil
        }
    }
}

/// Runs a command body, turning an error the mapping knows into its message on stderr and its
/// exit code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        guard let code = CLIError.code(for: error) else { throw error }
        Terminal.error((error as? CLIError)?.message ?? "\(error)")
        throw code
    }
}
