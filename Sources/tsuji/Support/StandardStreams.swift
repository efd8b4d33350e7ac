import Foundation

/// The process's standard streams as it found them, and the signals that would otherwise end
/// it without a message.
enum StandardStreams {
    /// Whether file descriptor 0 (1) was closed when tsuji started (`tsuji annotate <&-`).
    nonisolated(unsafe) private(set) static var inputWasClosed = false
    nonisolated(unsafe) private(set) static var outputWasClosed = false

    /// Call first thing. A closed descriptor 0, 1 or 2 is opened on /dev/null, so that no file
    /// tsuji opens later can take its number (and be read as input, or written as output by
    /// mistake); reading standard input or writing standard output then reports the closed
    /// stream. SIGPIPE and SIGXFSZ are ignored, so that a closed pipe or a file-size limit shows
    /// up as an error from write(2) that tsuji handles.
    static func setUp() {
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
            if fd == 0 { inputWasClosed = true }
            if fd == 1 { outputWasClosed = true }
            let opened = open("/dev/null", O_RDWR)
            if opened >= 0, opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }
}
