import CFuzzer
import FuzzSupport
import Glibc

/// One input: what libFuzzer calls, from its driver below or from its own main.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    GlossaryHarness.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

// `fuzz-glossary [libFuzzer flags] [corpus folders]`: SwiftPM gives every executable a main of its
// own, so it hands over to libFuzzer's driver.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
