import Foundation

/// A one-line progress count on standard error, shown only when it is a terminal and the job is
/// long enough to need it. Thread-safe: workers call `advance()`.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let label: String
    private let enabled: Bool
    private var done = 0
    private var lastDraw = Date.distantPast

    init(total: Int, label: String, minimum: Int = 10) {
        self.total = total
        self.label = label
        enabled = Terminal.stderrIsTerminal && total >= minimum
    }

    func advance() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        Terminal.writeStandardError("\r\u{1B}[K\(label) \(done)/\(total)")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        Terminal.writeStandardError("\r\u{1B}[K")
    }
}
