import Extraction
import Foundation
import KnowledgeBase
import SQLite

/// A knowledge base of many meetings for timing queries, written with direct bulk inserts into
/// the real schema (the embedded migrations) rather than through extraction, which would take
/// hours at a million meetings.
///
/// Shape, per meeting: 2–4 participants among `meetings / 50` people (each with two aliases), one
/// evidence sentence, 1–2 topics; one article per four meetings (its body the four sentences); one
/// aid commitment per five meetings. Dates spread evenly over 2015–2024.
enum QueryDatabase {
    /// The cached database for `meetings` meetings under `.build/bench/`, built when missing.
    static func path(meetings: Int, directory: String) throws -> (path: String, built: Double?) {
        let path = "\(directory)/query-\(meetings)-v\(Migrator.embedded.newestVersion).sqlite"
        if FileManager.default.fileExists(atPath: path) { return (path, nil) }
        let partial = path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        let time = try seconds { try build(at: partial, meetings: meetings) }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        return (path, time)
    }

    /// 2015-01-01, the first day of the corpus and of the query database.
    static let firstDay = Day(ordinal: 16_436)
    static let days = 3652

    /// The full name of person `n` (1-based): distinct for the first 75,000 people. Without its
    /// initial, a name is shared by a few people, as real names are.
    static func personName(_ n: Int) -> String {
        let first = benchFirstNames[n % benchFirstNames.count]
        let initial = Character(Unicode.Scalar(UInt8(65 + (n / benchFirstNames.count) % 26)))
        let last = benchSurnames[(n / benchFirstNames.count / 26) % benchSurnames.count]
        return "\(first) \(initial). \(last)"
    }

    static func peopleCount(meetings: Int) -> Int { max(10, meetings / 50) }
    static func aidCount(meetings: Int) -> Int { meetings / 5 }

    private static func build(at path: String, meetings: Int) throws {
        let db = try Database(path: path)
        // A scratch file rebuilt from nothing on failure: no journal, no syncs.
        try db.execute("PRAGMA journal_mode = OFF")
        try db.execute("PRAGMA synchronous = OFF")
        try Migrator.embedded.migrate(db)
        var rng = SplitMix64(seed: 7)
        let codes = ["US", "IL", "JP", "DE", "FR", "GB", "UA", "PL", "IN", "ID", "AU", "CA", "BR", "EG", "JO", "QA", "SA",
                     "TR", "KR", "PH", "VN", "KE", "NG", "ZA", "MX", "AR", "IT", "ES", "SE", "NO", "EU", "NATO"]
        let topicNames = ["defence", "security", "trade", "energy", "humanitarian aid", "military aid", "diplomacy",
                          "nuclear", "climate", "migration", "cyber", "terrorism"]
        try db.transaction {
            let country = try db.prepare("INSERT INTO countries (code) VALUES (?)")
            for code in codes { try country.run([.text(code)]) }
            let topic = try db.prepare("INSERT INTO topics (name) VALUES (?)")
            for name in topicNames { try topic.run([.text(name)]) }

            let people = peopleCount(meetings: meetings)
            let person = try db.prepare("INSERT INTO people (id, name, surname_folded, country) VALUES (?, ?, ?, ?)")
            let alias = try db.prepare("INSERT INTO person_aliases (person_id, alias, alias_folded) VALUES (?, ?, ?)")
            for n in 1...people {
                let name = personName(n)
                let words = name.split(separator: " ")
                let short = "\(words[0]) \(words.dropFirst(2).joined(separator: " "))"
                try person.run([.integer(Int64(n)), .text(name), .text(Folding.surname(of: name)), .text(codes[n % 30])])
                try alias.run([.integer(Int64(n)), .text(name), .text(Folding.fold(name))])
                try alias.run([.integer(Int64(n)), .text(short), .text(Folding.fold(short))])
            }

            let article = try db.prepare("""
                INSERT INTO articles (id, content_hash, source, title, published_on, body) VALUES (?, ?, ?, ?, ?, ?)
                """)
            // Written once at its full size, with the bits of its location and people, as ingest writes it.
            let meeting = try db.prepare("""
                INSERT INTO meetings (id, date, date_precision, location, location_country, mode, status, country_bits)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, \(KnowledgeBase.newMeetingCountryBitsSQL(location: "?5", people: "?8")))
                """)
            let participant = try db.prepare("""
                INSERT INTO meeting_participants (meeting_id, person_id, principal, position, title, country) VALUES (?, ?, ?, ?, ?, ?)
                """)
            let source = try db.prepare("INSERT INTO meeting_spans (meeting_id, article_id, start, end) VALUES (?, ?, ?, ?)")
            let meetingTopic = try db.prepare("INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id) VALUES (?, ?)")
            let commitment = try db.prepare("""
                INSERT INTO aid_commitments (id, donor, recipient, amount, currency, kind, date, date_precision, cumulative, amount_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'day', ?, ?)
                """)
            let aidSource = try db.prepare("INSERT INTO aid_spans (aid_id, article_id, start, end) VALUES (?, ?, ?, ?)")

            let modes = ["in_person", "in_person", "in_person", "call", "video"]
            let statuses = ["held", "held", "held", "held", "planned", "cancelled"]
            let kinds = ["military", "humanitarian", "economic", "financial", "development", "other"]
            let currencies = ["USD", "USD", "EUR", "GBP", "JPY"]
            let articles = (meetings + 3) / 4
            var aidID: Int64 = 0
            for a in 0..<articles {
                let articleID = Int64(a + 1)
                let day = Day(ordinal: firstDay.ordinal + rng.int(0...(days - 1)))
                // The article's meetings first: its body is their sentences, and it must exist before their sources.
                var planned: [(id: Int64, who: [Int], place: String, date: Day, sentence: String)] = []
                for m in (a * 4)..<min(meetings, a * 4 + 4) {
                    var who: [Int] = []
                    let size = rng.int(2...4)
                    while who.count < size {
                        let p = rng.int(1...people)
                        if !who.contains(p) { who.append(p) }
                    }
                    let place = codes[rng.int(0...29)]
                    let date = day.adding(days: -rng.int(0...3))
                    let sentence = "\(personName(who[0])) met \(personName(who[1])) in the capital of \(place) on \(date) to discuss "
                        + "\(topicNames[m % topicNames.count]) and the regional situation, officials said."
                    planned.append((Int64(m + 1), who, place, date, sentence))
                }
                let sentences = planned.map(\.sentence)
                let body = sentences.joined(separator: " ")
                // A hash of 32 bytes, as ingest stores it (migration 0010): the article's number, big-endian.
                let hash = [UInt8](repeating: 0, count: 24) + (0..<8).reversed().map { UInt8(truncatingIfNeeded: a >> ($0 * 8)) }
                try article.run([.integer(articleID), .blob(hash), .text("bench/\(a).txt"), .text("Bench article \(a)"),
                                 .text(day.description), .text(body)])
                var start = 0
                for m in planned {
                    try meeting.run([.integer(m.id), .text(m.date.description), .text("day"), .text("capital of \(m.place)"),
                                     .text(m.place), .text(rng.pick(modes)), .text(rng.pick(statuses)),
                                     .text("[" + m.who.map(String.init).joined(separator: ",") + "]")])
                    for (position, p) in m.who.enumerated() {
                        try participant.run([.integer(m.id), .integer(Int64(p)), .bool(position < 2),
                                             .integer(Int64(position)), .text("Minister"), .text(codes[p % 30])])
                    }
                    let length = m.sentence.unicodeScalars.count
                    try source.run([.integer(m.id), .integer(articleID), .integer(Int64(start)), .integer(Int64(start + length))])
                    start += length + 1
                    try meetingTopic.run([.integer(m.id), .integer((m.id - 1) % Int64(topicNames.count) + 1)])
                    if rng.chance(50) { try meetingTopic.run([.integer(m.id), .integer(Int64(rng.int(1...topicNames.count)))]) }
                }
                // One aid commitment per five meetings, in the article's first sentence.
                while aidID < Int64((a + 1) * 4 / 5) {
                    aidID += 1
                    let amount = Int64(rng.int(1...950)) * 1_000_000
                    let currency = rng.pick(currencies)
                    try commitment.run([.integer(aidID), .text(rng.pick(codes)), .text(codes[rng.int(0...29)]), .integer(amount),
                                        .text(currency), .text(rng.pick(kinds)), .text(day.description), .bool(rng.chance(10)),
                                        .text("\(amount / 1_000_000) million \(currency)")])
                    try aidSource.run([.integer(aidID), .integer(articleID), .integer(0),
                                       .integer(Int64(sentences[0].unicodeScalars.count))])
                }
            }
        }
        try db.execute("PRAGMA journal_mode = WAL")
    }
}
