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

    /// Whether a table may use bold: stdout is a terminal that is not `dumb` and `$NO_COLOR` is
    /// unset (<https://no-color.org>), or `$CLICOLOR_FORCE` is set to something other than 0.
    static var hasStyle: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(STDOUT_FILENO) != 0 && environment["TERM"] != "dumb"
    }

    /// Select Graphic Rendition: bold on, and back to normal intensity.
    static let boldOn = "\u{1B}[1m"
    static let boldOff = "\u{1B}[22m"

    /// The characters of `text` a terminal shows: SGR sequences (`ESC [ … m`) take no room.
    static func visibleCount(_ text: String) -> Int {
        text.contains("\u{1B}") ? plain(text).count : text.count
    }

    /// `text` without its SGR sequences.
    static func plain(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var out = ""
        var inSequence = false
        for character in text {
            if inSequence {
                if character == "m" { inSequence = false }
            } else if character == "\u{1B}" {
                inSequence = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
