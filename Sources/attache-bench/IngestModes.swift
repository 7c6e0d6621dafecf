import Extraction
import Foundation
import KnowledgeBase
import SQLite

/// A scratch experiment for the lead: the cost of the ways to group ingest's writes into
/// transactions, on the real schema (FTS5 index and triggers included), with the statements
/// `KnowledgeBase.ingest` runs today (copied here, so that the experiment can wrap them
/// differently without touching the writer).
///
/// - `transaction per article`: BEGIN IMMEDIATE … COMMIT around each article (today's ingest);
/// - `savepoint per article`: one transaction per batch, a SAVEPOINT per article (still atomic
///   per article: a failing article rolls back to its savepoint);
/// - `plain batch`: one transaction per batch, nothing per article;
/// - `savepoint per article, indexed at commit`: as ingest writes since migration 0006, a savepoint
///   per article, with the batch's articles indexed for full-text search in one statement before
///   the commit (FTS5 writes its pending index out at every savepoint, a trigger's included).
enum IngestModes {
    static let batch = 500

    static func compare(_ corpus: Corpus, directory: String) throws {
        let extractor = Extractor()
        let count = min(corpus.count, 5_000)
        say("ingest transaction strategies (writing only, facts extracted beforehand, \(grouped(count)) articles, batches of \(batch)):")
        for mode in ["transaction per article", "savepoint per article", "plain batch", "savepoint per article, indexed at commit"] {
            let path = "\(directory)/modes.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let db = try Database(path: path)
            try db.execute("PRAGMA journal_mode = WAL")
            try db.execute("PRAGMA synchronous = NORMAL")
            try Migrator.embedded.migrate(db)
            let writer = try Writer(db)
            var time = 0.0
            var first = 0
            while first < count {
                let chunk = (first..<min(count, first + batch)).map { corpus.article($0) }
                let facts = chunk.map(extractor.extract)
                let start = ContinuousClock.now
                switch mode {
                case "transaction per article":
                    for (article, facts) in zip(chunk, facts) { try db.transaction { try writer.write(article, facts) } }
                case "savepoint per article":
                    try db.transaction { for (article, facts) in zip(chunk, facts) { try db.savepoint { try writer.write(article, facts) } } }
                case "plain batch":
                    try db.transaction { for (article, facts) in zip(chunk, facts) { try writer.write(article, facts) } }
                default:
                    try db.transaction {
                        try writer.deferIndexing.run()
                        for (article, facts) in zip(chunk, facts) { try db.savepoint { try writer.write(article, facts) } }
                        try writer.index()
                    }
                }
                time += (ContinuousClock.now - start).seconds
                first += batch
            }
            say("  \(mode): \(grouped(Int(Double(count) / time))) articles/s (\(fixed(time / Double(count) * 1_000_000, 0)) µs per article)")
        }
    }

    /// The inserts of today's ingest, statement for statement.
    private struct Writer {
        let db: Database
        let article, country, findAlias, person, alias, role, topic, findTopic, articleTopic: Statement
        let meeting, participant, meetingTopic, meetingSource, commitment, aidSource: Statement

        let deferIndexing, indexArticles, endDeferral: Statement

        /// Articles inserted between `deferIndexing()` and `index()` are left by the full-text
        /// trigger to `index()` (see migrations/0008_compact_roles_and_spans.sql).
        init(_ db: Database) throws {
            self.db = db
            article = try db.prepare("INSERT INTO articles (content_hash, source, origin, title, published_on, body) VALUES (?, ?, ?, ?, ?, ?)")
            deferIndexing = try db.prepare("INSERT INTO fts_deferred (after) SELECT ifnull(max(id), 0) FROM articles")
            indexArticles = try db.prepare(
                "INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles WHERE id > (SELECT max(after) FROM fts_deferred)")
            endDeferral = try db.prepare("DELETE FROM fts_deferred")
            country = try db.prepare("INSERT OR IGNORE INTO countries (code) VALUES (?)")
            findAlias = try db.prepare("SELECT person_id FROM person_aliases WHERE alias_folded = ? ORDER BY person_id LIMIT 1")
            person = try db.prepare("INSERT INTO people (name, surname_folded, country, first_article_id) VALUES (?, ?, ?, ?)")
            alias = try db.prepare("INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_folded) VALUES (?, ?, ?)")
            role = try db.prepare("""
                INSERT INTO person_roles (person_id, title, country, first_seen, last_seen, article_id) VALUES (?1, ?2, ifnull(?3, ''), ?4, ?4, ?5)
                ON CONFLICT (person_id, title, country) DO UPDATE SET
                    first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)
                """)
            topic = try db.prepare("INSERT OR IGNORE INTO topics (name) VALUES (?)")
            findTopic = try db.prepare("SELECT id FROM topics WHERE name = ?")
            articleTopic = try db.prepare("INSERT OR IGNORE INTO article_topics (article_id, topic_id) VALUES (?, ?)")
            meeting = try db.prepare("INSERT INTO meetings (date, date_precision, location, location_country, mode, status) VALUES (?, ?, ?, ?, ?, ?)")
            participant = try db.prepare("""
                INSERT OR IGNORE INTO meeting_participants (meeting_id, person_id, principal, position, title, country) VALUES (?, ?, ?, ?, ?, ?)
                """)
            meetingTopic = try db.prepare("INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id) VALUES (?, ?)")
            meetingSource = try db.prepare("INSERT OR IGNORE INTO meeting_spans (meeting_id, article_id, start, end) VALUES (?, ?, ?, ?)")
            commitment = try db.prepare("""
                INSERT INTO aid_commitments (donor, recipient, amount, currency, kind, date, date_precision, cumulative, amount_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            aidSource = try db.prepare("INSERT OR IGNORE INTO aid_spans (aid_id, article_id, start, end) VALUES (?, ?, ?, ?)")
        }

        /// Indexes the articles written since `deferIndexing` ran, and ends the deferral.
        func index() throws {
            try indexArticles.run()
            try endDeferral.run()
        }

        private func code(_ code: String?) throws -> SQLiteValue {
            guard let code else { return .null }
            try country.run([.text(code)])
            return .text(code)
        }

        private func topicID(_ name: String) throws -> Int64 {
            try topic.run([.text(name)])
            return try findTopic.rows([.text(name)]) { $0.int64(at: 0) }.first ?? 0
        }

        func write(_ a: Article, _ facts: Facts) throws {
            try article.run([.blob(ContentHash.digest(of: a.body)), .text(a.source), .text(a.origin), .text(a.title), .text(a.date.description), .text(a.body)])
            let articleID = db.lastInsertRowID
            var people: [String: (Int64, PersonFact)] = [:]
            for fact in facts.people {
                let country = try code(fact.country)
                let id: Int64
                if let found = try findAlias.rows([.text(Folding.fold(fact.name))], { $0.int64(at: 0) }).first {
                    id = found
                } else {
                    try person.run([.text(fact.name), .text(Folding.surname(of: fact.name)), country, .integer(articleID)])
                    id = db.lastInsertRowID
                }
                for form in [fact.name] + fact.aliases {
                    try alias.run([.integer(id), .text(form), .text(Folding.fold(form))])
                    if people[Folding.fold(form)] == nil { people[Folding.fold(form)] = (id, fact) }
                }
                if let title = fact.title { try role.run([.integer(id), .text(title), country, .text(a.date.description), .integer(articleID)]) }
            }
            for name in facts.topics { try articleTopic.run([.integer(articleID), .integer(try topicID(name))]) }
            for fact in facts.meetings {
                try meeting.run([.text(fact.date.description), .text(fact.datePrecision.rawValue), .text(fact.location),
                                 try code(fact.locationCountry), .text(fact.mode.rawValue), .text(fact.status.rawValue)])
                let meetingID = db.lastInsertRowID
                for (position, name) in fact.participants.enumerated() {
                    guard let (id, person) = people[Folding.fold(name)] else { continue }
                    try participant.run([.integer(meetingID), .integer(id), .bool(position < 2),
                                         .integer(Int64(position)), .text(person.title), try code(person.country)])
                }
                for name in fact.topics { try meetingTopic.run([.integer(meetingID), .integer(try topicID(name))]) }
                for e in fact.evidence {
                    try meetingSource.run([.integer(meetingID), .integer(articleID), .integer(Int64(e.start)), .integer(Int64(e.end))])
                }
            }
            for fact in facts.aid {
                try commitment.run([try code(fact.donor), try code(fact.recipient), .integer(fact.amount), .text(fact.currency),
                                    .text(fact.kind.rawValue), .text(fact.date.description), .text(fact.datePrecision.rawValue),
                                    .bool(fact.cumulative), .text(fact.amountText)])
                try aidSource.run([.integer(db.lastInsertRowID), .integer(articleID),
                                   .integer(Int64(fact.evidence.start)), .integer(Int64(fact.evidence.end))])
            }
        }
    }
}
