#if canImport(Glibc)
import Glibc
#endif

/// What a broken invariant does. By default the message is printed and the process aborts,
/// which libFuzzer reports as a crash and saves the input; the regression tests that replay
/// saved inputs (Tests/FuzzRegressionTests) record a test failure instead.
nonisolated(unsafe) public var fuzzFailureHandler: (String) -> Void = { message in
    let text = Array("\(message)\n".utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    abort()
}

/// Checks an invariant of the code under fuzzing.
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                      file: StaticString = #fileID, line: UInt = #line) {
    guard !condition() else { return }
    fuzzFailureHandler("fuzz invariant broken at \(file):\(line): \(message())")
}

/// The input as text: UTF-8 with invalid sequences replaced (the decoder's own lossy mode).
public func fuzzText(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// The scalars `range` of `scalars` as a string.
func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
}
