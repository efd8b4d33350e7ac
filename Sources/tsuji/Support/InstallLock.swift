import Foundation

/// An exclusive lock on a file (flock), held until released or the process ends.
struct InstallLock {
    let descriptor: Int32

    init(path: String) throws {
        descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw CLIError.cannotCreate("cannot create \(path): \(String(cString: strerror(errno)))") }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            Terminal.note("another `tsuji dict install` or `tsuji dict build` is running; waiting for it")
            guard flock(descriptor, LOCK_EX) == 0 else { throw CLIError.io("cannot lock \(path): \(String(cString: strerror(errno)))") }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
