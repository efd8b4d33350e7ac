import Foundation

/// Where tsuji keeps installed dictionaries: `$TSUJI_DATA_DIR`, else `$XDG_DATA_HOME/tsuji`,
/// else `~/.local/share/tsuji`. A user's own terms live in `$XDG_CONFIG_HOME/tsuji/terms.tsv`
/// (else `~/.config/tsuji/terms.tsv`).
public enum DataDirectory {
    /// The data directory: `$TSUJI_DATA_DIR`, else `$XDG_DATA_HOME/tsuji`, else
    /// `~/.local/share/tsuji`. It need not exist.
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit = environment["TSUJI_DATA_DIR"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("tsuji")
        }
        return home(environment).appendingPathComponent(".local/share/tsuji")
    }

    /// The data directory as a path.
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        url(environment: environment).path
    }

    /// The compiled full dictionary inside the data directory.
    public static func compiledDictionary(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        url(environment: environment).appendingPathComponent("tsuji.dic")
    }

    /// The user's own terms file: `$XDG_CONFIG_HOME/tsuji/terms.tsv`, else
    /// `~/.config/tsuji/terms.tsv`. It need not exist.
    public static func userTerms(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let config: URL
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            config = URL(fileURLWithPath: xdg)
        } else {
            config = home(environment).appendingPathComponent(".config")
        }
        return config.appendingPathComponent("tsuji/terms.tsv")
    }

    static func home(_ environment: [String: String]) -> URL {
        URL(fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
    }
}
