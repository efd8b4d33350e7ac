import ArgumentParser
import TsujiDictionary

// The libraries' enums as option values: parsed from their raw values, and listed (CaseIterable)
// in help and shell completions.

extension LookupRenderer.Format: ExpressibleByArgument {}
extension DictionaryInfo.Format: ExpressibleByArgument {}
