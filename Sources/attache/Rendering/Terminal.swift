import Foundation

/// What the renderers need to know of the terminal stdout goes to.
enum Terminal {
    /// The width tables are fitted to: `$COLUMNS` when it is a positive number (so a script or a
    /// test can ask for a width), else the width of the terminal on stdout (ioctl TIOCGWINSZ),
    /// else nil: stdout is a file or a pipe, and tables keep their natural width.
    static var width: Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        // TIOCGWINSZ is an unsigned long on Linux and on Darwin; its type differs, so it is converted.
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
