import ArgumentParser

/// Ends a subcommand that a later issue fills in: says so on stderr and exits 69 (EX_UNAVAILABLE).
func notYetAvailable(_ what: String) -> ExitCode {
    Terminal.error("tsuji \(what) is not available in this build yet.")
    return .unavailable
}
