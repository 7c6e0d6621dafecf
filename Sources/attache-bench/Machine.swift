import Foundation

/// What the figures were measured on, and how much memory the process has used.
enum Machine {
    /// Logical cores available to this process.
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The CPU model named in /proc/cpuinfo, or "unknown".
    static var cpuModel: String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        }
        return "unknown"
    }

    /// Peak resident set size of this process so far (VmHWM), in bytes.
    static var peakResidentBytes: Int { statusField("VmHWM") }

    /// Current resident set size (VmRSS), in bytes.
    static var residentBytes: Int { statusField("VmRSS") }

    /// The parts of the current resident set: private memory (RssAnon) and pages of files mapped
    /// into memory (RssFile), which the kernel may drop at any time and shares with its file cache.
    static var residentParts: (anonymous: Int, file: Int) { (statusField("RssAnon"), statusField("RssFile")) }

    private static func statusField(_ name: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let number = line.split(separator: " ").first { Int($0) != nil }
            return (number.flatMap { Int($0) } ?? 0) * 1024
        }
        return 0
    }

    /// Size of a file in bytes, 0 when it does not exist.
    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// Prints `line` at once, unbuffered, so that a long run shows each figure as soon as it is measured.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// CPU seconds this thread has used: unlike wall-clock time, not inflated by other processes.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Wall-clock seconds of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    return (ContinuousClock.now - start).seconds
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// The `p`th percentile (0…100) of `values`, nearest rank.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

/// "12,345" for an integer, for reading figures at a glance.
func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}

/// A number with `places` decimals.
func fixed(_ x: Double, _ places: Int = 1) -> String { String(format: "%.\(places)f", x) }
