import Extraction
import Foundation
import HTMLReport
import KnowledgeBase

/// `attache-bench --only report`: the budget of issue 9, a report over 10,000 meetings and
/// 5,000 commitments written in under two seconds and under 5 MB. It reads the query database
/// of 25,000 meetings (one commitment per five: 5,000; 500 people), and times, over the whole of
/// it and over its first four years (about 10,000 meetings and 2,000 commitments): reading the
/// data, drawing the page, and the built `attache report` binary end to end.
enum ReportBench {
    static let meetings = 25_000

    static func run(directory: String, runs: Int = 5) throws {
        let (path, built) = try QueryDatabase.path(meetings: meetings, directory: directory)
        say("report database: \(grouped(meetings)) meetings, \(grouped(QueryDatabase.aidCount(meetings: meetings))) aid commitments, "
            + "\(grouped(QueryDatabase.peopleCount(meetings: meetings))) people, \(built.map { "built in \(fixed($0)) s" } ?? "cached") (\(path))")
        let selections: [(label: String, arguments: [String], selection: ReportSelection)] = [
            ("everything", [], ReportSelection()),
            ("--until 2018-12-31", ["--until", "2018-12-31"], ReportSelection(until: Day(year: 2018, month: 12, day: 31))),
        ]
        let knowledgeBase = try KnowledgeBase.openForReading(path: path)
        say("report, in process, median of \(runs) runs:")
        for (label, _, selection) in selections {
            var reading: [Double] = []
            var drawing: [Double] = []
            var bytes = 0
            var data: ReportData?
            for _ in 0..<runs {
                let start = ContinuousClock.now
                let read = try knowledgeBase.reportData(selection)
                let middle = ContinuousClock.now
                let html = ReportPage(data: read, generatedAt: Date()).html()
                drawing.append((ContinuousClock.now - middle).seconds)
                reading.append((middle - start).seconds)
                bytes = html.utf8.count
                data = read
            }
            say("  \(label): \(grouped(data?.meetings.count ?? 0)) meetings, \(grouped(data?.commitments.count ?? 0)) commitments: "
                + "read \(fixed(percentile(reading, 50) * 1000, 0)) ms, draw \(fixed(percentile(drawing, 50) * 1000, 0)) ms, "
                + "page \(fixed(Double(bytes) / 1_048_576, 2)) MB")
        }
        let binary = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("attache").path ?? "attache"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return say("report, end to end: skipped, \(binary) not built (swift build -c release --product attache)")
        }
        say("`attache report`, end to end (start, read, draw, write), median of \(runs) runs:")
        let output = "\(directory)/report.html"
        for (label, arguments, _) in selections {
            var times: [Double] = []
            for _ in 0..<runs {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = ["report", "--db", path, "-o", output] + arguments
                let start = ContinuousClock.now
                try process.run()
                process.waitUntilExit()
                times.append((ContinuousClock.now - start).seconds)
                guard process.terminationStatus == 0 else { return say("  \(label): attache report failed (exit \(process.terminationStatus))") }
            }
            say("  attache report \(arguments.joined(separator: " ")): \(fixed(percentile(times, 50), 2)) s (max \(fixed(times.max() ?? 0, 2)) s), "
                + "\(fixed(Double(Machine.fileSize(output)) / 1_048_576, 2)) MB")
        }
    }
}
