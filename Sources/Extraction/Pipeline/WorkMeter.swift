import Foundation

/// Counts the comparisons extraction makes where a careless algorithm would make more than linear
/// work (names against earlier names, people against earlier people), so that a test can show
/// the work grows linearly with the text without timing anything.
///
/// Off unless a test sets `WorkMeter.current` around an extraction; the passes read it once each.
final class WorkMeter: @unchecked Sendable {
    /// The meter of the extraction running in this task, if a test asked for one.
    @TaskLocal static var current: WorkMeter?

    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    /// Adds `n` comparisons made by `pass`.
    func add(_ n: Int, _ pass: String) {
        lock.lock()
        defer { lock.unlock() }
        counts[pass, default: 0] += n
    }

    /// The comparisons counted so far, by pass.
    var byPass: [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    var total: Int { byPass.values.reduce(0, +) }
}
