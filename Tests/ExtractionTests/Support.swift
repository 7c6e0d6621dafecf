import Foundation
import Testing
@testable import Extraction

extension Tag {
    /// Pure functions over a few sentences: milliseconds.
    @Tag static var small: Self
}

/// Extraction of one short body, published on `date` (`YYYY-MM-DD`), its header naming `origin`
/// (the outlet's URL) when given.
func extract(_ body: String, on date: String, origin: String? = nil) -> Facts {
    guard let day = Day(iso: date) else { preconditionFailure("bad test date \(date)") }
    return Extractor().extract(Article(source: "test.txt", date: day, body: body, origin: origin))
}

/// A day written `YYYY-MM-DD` in a test table.
func day(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return day
}

extension Facts {
    /// The person whose stored name is `name`.
    func person(_ name: String) -> PersonFact? { people.first { $0.name == name } }

    /// The meetings `name` takes part in.
    func meetings(with name: String) -> [MeetingFact] { meetings.filter { $0.participants.contains(name) } }

    /// Aid rows that are new commitments (not running totals).
    var newAid: [AidFact] { aid.filter { !$0.cumulative } }

    /// A compact line per fact, for failure messages.
    var summary: String {
        var lines: [String] = []
        for p in people { lines.append("person \(p.name) | \(p.title ?? "-") | \(p.country ?? "-") | aliases \(p.aliases)") }
        for m in meetings {
            lines.append("meeting \(m.date) \(m.datePrecision.rawValue) | \(m.location ?? "-") | \(m.mode.rawValue) \(m.status.rawValue) | \(m.participants)")
        }
        for a in aid {
            lines.append("aid \(a.donor ?? "-") → \(a.recipient ?? "-") \(a.amount) \(a.currency) \(a.kind.rawValue) \(a.date) cumulative=\(a.cumulative)")
        }
        return lines.isEmpty ? "(nothing)" : lines.joined(separator: "\n")
    }
}
