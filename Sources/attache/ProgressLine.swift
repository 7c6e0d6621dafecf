import Foundation

/// A progress line on stderr, redrawn in place: "ingesting 1200/5000 (24%), 85 articles/s".
///
/// It is drawn only when stderr is a terminal and the batch is large: at least
/// `ProgressLine.largeBatch` inputs, or running for longer than two seconds. It is redrawn at
/// most five times a second, and erased before any other line is written to stderr, so a
/// redirected stderr (a log file, a pipe) never holds a carriage return or an escape code.
struct ProgressLine {
    /// A batch this large shows progress from its first input.
    static let largeBatch = 100

    private let total: Int
    private let enabled: Bool
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var visible = false

    /// A progress line for `total` inputs; `total()` is called only when stderr is a terminal.
    init(total: () -> Int, terminal: Bool = isatty(STDERR_FILENO) != 0) {
        enabled = terminal
        self.total = terminal ? total() : 0
    }

    /// True while the batch is large enough, or has run long enough, to report progress.
    private func isDue(now: ContinuousClock.Instant) -> Bool {
        enabled && (total >= Self.largeBatch || now - start > .seconds(2))
    }

    /// True when progress is shown: per-article lines are then left out, the summary says it all.
    var isShowing: Bool { enabled && total >= Self.largeBatch }

    /// Redraws the line after `done` inputs, unless it was drawn less than 0.2 s ago.
    mutating func update(done: Int) {
        let now = ContinuousClock.now
        guard isDue(now: now) else { return }
        if let lastDrawn, now - lastDrawn < .milliseconds(200), done < total { return }
        lastDrawn = now
        let seconds = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let percent = total > 0 ? " (\(min(100, done * 100 / total))%)" : ""
        write("\r\u{1B}[Kingesting \(done)/\(total)\(percent), \(String(format: "%.1f", rate)) articles/s")
        visible = true
    }

    /// Erases the line, so that the next line written to stderr starts clean.
    mutating func erase() {
        guard visible else { return }
        write("\r\u{1B}[K")
        visible = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
