import Extraction
import Foundation
import KnowledgeBase
import SQLite

/// The p50/p99 latency of every query the CLI offers, in process, on the query database of
/// `QueryDatabase`. Queries whose answer grows with the database (every meeting of a topic,
/// every person) are timed as an analyst would ask them at that size: within a week, a year, or
/// with `--limit`. Lists are timed as the CLI's table asks for them (without the evidence
/// sentence, which the table does not show), and the longest also as `--format json` asks.
enum QueryLatency {
    /// With `only`, times only the queries whose label contains one of its words.
    static func report(meetings: Int, runs: Int, seed: UInt64, directory: String, only: [String] = []) throws {
        let (path, built) = try QueryDatabase.path(meetings: meetings, directory: directory)
        // Read the file once, as the ingest that wrote it would have left it: the figures are those of a
        // warm file cache, not of the disk.
        if let file = FileHandle(forReadingAtPath: path) {
            while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {}
            try file.close()
        }
        let kb = try KnowledgeBase.openForReading(path: path)
        let people = QueryDatabase.peopleCount(meetings: meetings)
        let aid = QueryDatabase.aidCount(meetings: meetings)
        let articles = (meetings + 3) / 4
        say("query database: \(grouped(meetings)) meetings, \(grouped(aid)) aid commitments, \(grouped(people)) people, "
            + "\(fixed(Double(Machine.fileSize(path)) / 1_048_576)) MB, \(built.map { "built in \(fixed($0)) s" } ?? "cached") (\(path))")
        var rng = SplitMix64(seed: seed)
        func day() -> Day { Day(ordinal: QueryDatabase.firstDay.ordinal + rng.int(0...(QueryDatabase.days - 8))) }
        func person() -> String { QueryDatabase.personName(rng.int(1...people)) }
        let codes = ["US", "IL", "JP", "DE", "FR", "GB", "UA", "PL", "IN", "ID"]
        let topics = ["defence", "security", "trade", "energy", "humanitarian aid", "diplomacy"]
        // Pairs of people who met: the first two participants of random meetings.
        let database = try Database(path: path)
        let participants = try database.prepare("SELECT person_id FROM meeting_participants WHERE meeting_id = ? ORDER BY position LIMIT 2")
        let pairs = try (0..<100).map { _ in
            try participants.rows([.integer(Int64(rng.int(1...meetings)))]) { QueryDatabase.personName(Int($0.int64(at: 0))) }
        }

        // Wall time, and the thread's CPU time, which a machine shared with other work disturbs less.
        func time(_ label: String, _ run: () throws -> Int) rethrows {
            guard only.isEmpty || only.contains(where: { label.contains($0) }) else { return }
            var times: [Double] = []
            var cpu: [Double] = []
            var rows = 0
            for _ in 0..<runs {
                let start = ContinuousClock.now
                let startCPU = threadCPUSeconds()
                rows += try run()
                cpu.append(threadCPUSeconds() - startCPU)
                times.append((ContinuousClock.now - start).seconds)
            }
            let p99 = percentile(times, 99) * 1000
            say("  \(label): p50 \(fixed(percentile(times, 50) * 1000, 2)) ms, p99 \(fixed(p99, 2)) ms; CPU p50 "
                + "\(fixed(percentile(cpu, 50) * 1000, 2)) ms, p99 \(fixed(percentile(cpu, 99) * 1000, 2)) ms "
                + "(\(fixed(Double(rows) / Double(runs), 1)) rows on average)\(p99 < 5 ? "" : "  [over 5 ms]")")
        }
        say("query latency over \(runs) runs, in process, file cache warm:")
        try time("meetings --person NAME") { try kb.meetings(person: person(), evidence: false).count }
        try time("meetings --person NAME --format json") { try kb.meetings(person: person()).count }
        try time("meetings --person A --with B (two who met)") {
            let pair = pairs[rng.int(0...(pairs.count - 1))]
            return try kb.meetings(person: pair[0], with: pair[1], evidence: false).count
        }
        try time("meetings --since D --until D (one day)") {
            let from = day()
            return try kb.meetings(since: from, until: from, evidence: false).count
        }
        try time("meetings --since D --until D --format json") {
            let from = day()
            return try kb.meetings(since: from, until: from).count
        }
        try time("meetings --topic T --since D --until D+6") {
            let from = day()
            return try kb.meetings(topic: rng.pick(topics), since: from, until: from.adding(days: 6), evidence: false).count
        }
        try time("meetings --country C --since D --until D+6") {
            let from = day()
            return try kb.meetings(country: rng.pick(codes), since: from, until: from.adding(days: 6), evidence: false).count
        }
        try time("meetings --mode call --status held --since D --limit 20") {
            try kb.meetings(since: day(), mode: .call, status: .held, limit: 20, evidence: false).count
        }
        try time("meetings --topic T --limit 20") { try kb.meetings(topic: rng.pick(topics), limit: 20, evidence: false).count }
        try time("meetings --person NAME --evidence") { try kb.meetings(person: person(), withSources: true, evidence: false).count }
        try time("aid --from D --to D+30") {
            let from = day()
            return try kb.aid(from: from, to: from.adding(days: 30), evidence: false).rows.count
        }
        try time("aid --from D --to D+30 --format json") {
            let from = day()
            return try kb.aid(from: from, to: from.adding(days: 30)).rows.count
        }
        try time("aid --kind K --from D --to D+30") {
            let from = day()
            return try kb.aid(from: from, to: from.adding(days: 30), kind: rng.pick(AidKind.allCases), evidence: false).rows.count
        }
        try time("aid --donor C --recipient C --from D --to D+365") {
            let from = day()
            return try kb.aid(from: from, to: from.adding(days: 365), donor: rng.pick(codes), recipient: rng.pick(codes),
                              evidence: false).rows.count
        }
        try time("aid --group-by month (whole database)") { try kb.aidGroups(by: .month).count }
        try time("aid --group-by month --from Y-01-01 --to Y-12-31") {
            let year = 2015 + rng.int(0...9)
            return try kb.aidGroups(by: .month, from: Day(year: year, month: 1, day: 1), to: Day(year: year, month: 12, day: 31)).count
        }
        try time("aid --group-by day --from D --to D+30") {
            let from = day()
            return try kb.aidGroups(by: .day, from: from, to: from.adding(days: 30)).count
        }
        try time("aid --group-by year (whole database)") { try kb.aidGroups(by: .year).count }
        for grouping in [AidGrouping.donor, .recipient, .kind] {
            try time("aid --group-by \(grouping.rawValue) (whole database)") { try kb.aidGroups(by: grouping).count }
        }
        try time("aid --group-by kind --from D --to D+30") {
            let from = day()
            return try kb.aidGroups(by: .kind, from: from, to: from.adding(days: 30)).count
        }
        try time("aid --donor C --group-by month --from Y-01-01 --to Y-12-31") {
            let year = 2015 + rng.int(0...9)
            return try kb.aidGroups(by: .month, from: Day(year: year, month: 1, day: 1), to: Day(year: year, month: 12, day: 31),
                                    donor: rng.pick(codes)).count
        }
        try time("people --country C") { try kb.people(country: rng.pick(codes)).count }
        try time("person NAME") {
            let profile = try kb.profile(of: person())
            return 1 + profile.roles.count + profile.counterparts.count + profile.topics.count + profile.aid.count
        }
        try time("topics") { try kb.topics().count }
        try time("search \"NAME\" (a phrase)") { try kb.search("\"\(person())\"", limit: 20).count }
        try time("show meeting ID") { _ = try kb.meeting(id: Int64(rng.int(1...meetings))); return 1 }
        try time("show article ID") { _ = try kb.article(id: Int64(rng.int(1...articles))); return 1 }
        try time("show aid ID") { _ = try kb.aidCommitment(id: Int64(rng.int(1...aid))); return 1 }
        // A read-only knowledge base maps its file: the pages the queries touched count as resident,
        // though they are the file cache's, so the peak below includes them.
        let parts = Machine.residentParts
        say("resident memory after the queries: \(fixed(Double(parts.anonymous) / 1_048_576)) MB private, "
            + "\(fixed(Double(parts.file) / 1_048_576)) MB of mapped file pages (the database and the binary)")
    }
}
