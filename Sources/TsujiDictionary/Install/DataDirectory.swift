import Foundation

/// Where tsuji keeps its data: `$TSUJI_DATA_DIR`, else `$XDG_DATA_HOME/tsuji`, else
/// `~/.local/share/tsuji`.
public enum DataDirectory {
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["TSUJI_DATA_DIR"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("tsuji") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/tsuji")
    }
}
