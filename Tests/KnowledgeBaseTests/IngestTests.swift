import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// A small article and the facts an extractor would give for it, written by hand.
enum Sample {
    static let body = """
        Israeli Defense Minister Benny Gantz met Secretary of Defense Lloyd J. Austin III at the Pentagon on Thursday. \
        The meeting was attended by Ambassador Michael Herzog. \
        Gantz thanked Austin for the approval of $4.8 billion in military aid for Israel. \
        That brings total US aid to Israel this decade to $38 billion.
        """
    static let article = Article(source: "fixtures/sample.txt", date: day("2022-05-19"), title: "Gantz at the Pentagon",
                                 body: body, origin: "https://example.org/gantz")

    static var facts: Facts {
        let meetingSentence = "Israeli Defense Minister Benny Gantz met Secretary of Defense Lloyd J. Austin III at the Pentagon on Thursday."
        let attendedSentence = "The meeting was attended by Ambassador Michael Herzog."
        let aidSentence = "Gantz thanked Austin for the approval of $4.8 billion in military aid for Israel."
        let totalSentence = "That brings total US aid to Israel this decade to $38 billion."
        return Facts(
            source: article.source, date: article.date, title: article.title,
            people: [
                PersonFact(name: "Benny Gantz", title: "Defense Minister", country: "IL", aliases: ["Gantz"],
                           evidence: evidence(meetingSentence, in: body)),
                PersonFact(name: "Lloyd J. Austin III", title: "Secretary of Defense", country: "US", aliases: ["Austin"],
                           evidence: evidence(meetingSentence, in: body)),
                PersonFact(name: "Michael Herzog", title: "Ambassador", country: "IL",
                           evidence: evidence(attendedSentence, in: body)),
            ],
            meetings: [
                MeetingFact(date: article.date, location: "Pentagon", locationCountry: "US",
                            participants: ["Benny Gantz", "Lloyd J. Austin III", "Michael Herzog"],
                            topics: ["Iran nuclear program"],
                            evidence: [evidence(meetingSentence, in: body), evidence(attendedSentence, in: body)]),
            ],
            aid: [
                AidFact(donor: "US", recipient: "IL", amount: 4_800_000_000, currency: "USD", amountText: "$4.8 billion",
                        kind: .military, date: article.date, evidence: evidence(aidSentence, in: body)),
                AidFact(donor: "US", recipient: "IL", amount: 38_000_000_000, currency: "USD", amountText: "$38 billion",
                        kind: .military, date: article.date, cumulative: true, evidence: evidence(totalSentence, in: body)),
            ],
            topics: ["Iran nuclear program", "Defence cooperation"])
    }
}

@Suite("Ingesting an article and its facts", .tags(.medium))
final class IngestTests {
    let directory = TemporaryDirectory()

    /// Row counts of every table an ingest writes.
    private func counts(_ knowledgeBase: KnowledgeBase) throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        for table in ["articles", "countries", "people", "person_aliases", "person_roles", "meetings", "meeting_participants",
                      "meeting_sources", "meeting_topics", "aid_commitments", "aid_sources", "topics", "article_topics"] {
            result[table] = try knowledgeBase.database.scalarInt("SELECT count(*) FROM \(table)")
        }
        return result
    }

    private func strings(_ knowledgeBase: KnowledgeBase, _ sql: String) throws -> [String] {
        try knowledgeBase.database.prepare(sql).rows { $0.text(at: 0) ?? "NULL" }
    }

    @Test("An article and its facts are written as exactly the expected rows")
    func writesExpectedRows() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let outcome = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)
        #expect(outcome == .added(IngestCounts(articleID: 1, people: 3, newPeople: 3, meetings: 1, aid: 2)))

        #expect(try counts(knowledgeBase) == [
            "articles": 1, "countries": 2, "people": 3, "person_aliases": 5, "person_roles": 3, "meetings": 1,
            "meeting_participants": 3, "meeting_sources": 2, "meeting_topics": 1, "aid_commitments": 2, "aid_sources": 2,
            "topics": 2, "article_topics": 2,
        ])
        #expect(try strings(knowledgeBase, """
            SELECT source || '|' || origin || '|' || title || '|' || published_on || '|' || lower(hex(content_hash)) FROM articles
            """) == ["fixtures/sample.txt|https://example.org/gantz|Gantz at the Pentagon|2022-05-19|\(ContentHash.of(Sample.body))"])
        #expect(try strings(knowledgeBase, "SELECT name || '|' || surname_folded || '|' || country FROM people ORDER BY id") == [
            "Benny Gantz|gantz|IL", "Lloyd J. Austin III|austin|US", "Michael Herzog|herzog|IL",
        ])
        // In key order: person_aliases has no rowid since migration 0007.
        #expect(try strings(knowledgeBase, "SELECT person_id || '|' || alias || '|' || alias_folded FROM person_aliases ORDER BY person_id, alias_folded") == [
            "1|Benny Gantz|benny gantz", "1|Gantz|gantz", "2|Austin|austin", "2|Lloyd J. Austin III|lloyd j. austin iii",
            "3|Michael Herzog|michael herzog",
        ])
        #expect(try strings(knowledgeBase, """
            SELECT person_id || '|' || title || '|' || country || '|' || first_seen || '|' || last_seen || '|' || article_id
            FROM person_roles ORDER BY person_id
            """) == [
            "1|Defense Minister|IL|2022-05-19|2022-05-19|1", "2|Secretary of Defense|US|2022-05-19|2022-05-19|1",
            "3|Ambassador|IL|2022-05-19|2022-05-19|1",
        ])
        #expect(try strings(knowledgeBase, """
            SELECT date || '|' || date_precision || '|' || location || '|' || location_country || '|' || mode || '|' || status
            FROM meetings
            """) == ["2022-05-19|day|Pentagon|US|in_person|held"])
        #expect(try strings(knowledgeBase, """
            SELECT person_id || '|' || principal || '|' || position || '|' || title || '|' || country
            FROM meeting_participants ORDER BY position
            """) == ["1|1|0|Defense Minister|IL", "2|1|1|Secretary of Defense|US", "3|0|2|Ambassador|IL"])
        #expect(try strings(knowledgeBase, """
            SELECT donor || '|' || recipient || '|' || amount || '|' || typeof(amount) || '|' || currency || '|' || kind || '|'
                || cumulative || '|' || amount_text FROM aid_commitments ORDER BY id
            """) == [
            "US|IL|4800000000|integer|USD|military|0|$4.8 billion", "US|IL|38000000000|integer|USD|military|1|$38 billion",
        ])
        #expect(try strings(knowledgeBase, "SELECT participants FROM meeting_list") == ["Benny Gantz; Lloyd J. Austin III; Michael Herzog"])
        #expect(try strings(knowledgeBase, "SELECT evidence FROM aid_list ORDER BY id").first
            == "Gantz thanked Austin for the approval of $4.8 billion in military aid for Israel.")
        #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }

    @Test("Every evidence offset pair selects its sentence with substr() in SQLite")
    func evidenceOffsetsWorkInSQLite() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        var facts = Sample.facts
        // A body with characters outside the BMP and combining marks: offsets count Unicode scalars.
        let body = "Ministers met. 😀 Mevlüt Çavuşoğlu met Antony Blinken in Ankara. Then e\u{301}lan."
        let sentence = "Mevlüt Çavuşoğlu met Antony Blinken in Ankara."
        facts.people = [PersonFact(name: "Mevlüt Çavuşoğlu", evidence: evidence(sentence, in: body)),
                        PersonFact(name: "Antony Blinken", evidence: evidence(sentence, in: body))]
        facts.meetings = [MeetingFact(date: day("2022-05-19"), participants: ["Mevlüt Çavuşoğlu", "Antony Blinken"],
                                      evidence: [evidence(sentence, in: body)])]
        facts.aid = []
        _ = try knowledgeBase.ingest(Article(source: "x", date: day("2022-05-19"), body: body), facts: facts)
        let selected = try strings(knowledgeBase, """
            SELECT substr(a.body, s.start + 1, s.end - s.start) = s.evidence FROM meeting_sources AS s JOIN articles AS a ON a.id = s.article_id
            """)
        #expect(selected == ["1"])
    }

    @Test("Ingesting the same text again writes nothing")
    func reingestIsNoOp() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)
        let before = try counts(knowledgeBase)
        var renamed = Sample.article
        renamed.source = "elsewhere/copy.txt"
        #expect(try knowledgeBase.ingest(renamed, facts: Sample.facts) == .alreadyKnown(articleID: 1))
        var extracted = false
        #expect(try knowledgeBase.ingest(renamed) { _ in extracted = true; return Sample.facts } == .alreadyKnown(articleID: 1))
        #expect(!extracted)
        #expect(try counts(knowledgeBase) == before)
    }

    @Test("Facts that fail half-way leave nothing of their article")
    func failureLeavesNothing() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        var facts = Sample.facts
        // The article row, people, aliases and roles are written before the meeting fails.
        facts.meetings[0].participants.append("Nobody Known")
        let error = #expect(throws: KnowledgeBaseError.self) { try knowledgeBase.ingest(Sample.article, facts: facts) }
        #expect(error == .invalidFacts(source: "fixtures/sample.txt",
                                       reason: "meeting of 2022-05-19: participant \"Nobody Known\" is not among the article's people"))
        #expect(try counts(knowledgeBase).values.allSatisfy { $0 == 0 })
        #expect(knowledgeBase.database.isAutocommit)
        // The same article with sound facts then goes in whole.
        #expect(try knowledgeBase.ingest(Sample.article, facts: Sample.facts) != .alreadyKnown(articleID: 1))
        #expect(try counts(knowledgeBase)["meetings"] == 1)
    }

    @Test("Evidence that is not the body's text at its offsets is refused", arguments: [
        Evidence(start: 0, end: 5000, text: "x"),
        Evidence(start: -1, end: 3, text: "x"),
        Evidence(start: 0, end: 7, text: "Syrian "),
    ])
    func badEvidence(bad: Evidence) throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        var facts = Sample.facts
        facts.aid[1].evidence = bad
        #expect(throws: KnowledgeBaseError.self) { try knowledgeBase.ingest(Sample.article, facts: facts) }
        #expect(try counts(knowledgeBase)["articles"] == 0)
    }

    @Test("A currency that is not an ISO 4217 code is refused", arguments: ["US$", "usd", "DOLLARS"])
    func badCurrency(currency: String) throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        var facts = Sample.facts
        facts.aid[0].currency = currency
        #expect(throws: KnowledgeBaseError.self) { try knowledgeBase.ingest(Sample.article, facts: facts) }
        #expect(try counts(knowledgeBase)["aid_commitments"] == 0)
    }

    @Test("A person seen again under a known full name is the same person; the role's dates widen")
    func resolvesPeopleAcrossArticles() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)
        let body = "LLOYD J. AUSTIN III spoke with Oleksii Reznikov by phone."
        let sentence = body
        let later = Article(source: "later.txt", date: day("2022-06-02"), body: body)
        let facts = Facts(source: "later.txt", date: later.date, title: nil, people: [
            PersonFact(name: "LLOYD J. AUSTIN III", title: "Secretary of Defense", country: "US", evidence: evidence(sentence, in: body)),
            PersonFact(name: "Oleksii Reznikov", title: "Defence Minister", country: "UA", evidence: evidence(sentence, in: body)),
        ], meetings: [MeetingFact(date: later.date, mode: .call, participants: ["LLOYD J. AUSTIN III", "Oleksii Reznikov"],
                                  evidence: [evidence(sentence, in: body)])])
        #expect(try knowledgeBase.ingest(later, facts: facts)
            == .added(IngestCounts(articleID: 2, people: 2, newPeople: 1, meetings: 1, aid: 0)))
        #expect(try strings(knowledgeBase, "SELECT name FROM people ORDER BY id")
            == ["Benny Gantz", "Lloyd J. Austin III", "Michael Herzog", "Oleksii Reznikov"])
        #expect(try strings(knowledgeBase, "SELECT first_seen || '..' || last_seen FROM person_roles WHERE person_id = 2")
            == ["2022-05-19..2022-06-02"])
        // The alias "LLOYD J. AUSTIN III" folds like the stored one, so it adds no row.
        #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM person_aliases WHERE person_id = 2") == 2)
    }

    @Test("A person named twice in one meeting takes part once")
    func participantsAreDistinct() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        var facts = Sample.facts
        facts.meetings[0].participants = ["Benny Gantz", "Gantz", "Austin", "Michael Herzog"]
        _ = try knowledgeBase.ingest(Sample.article, facts: facts)
        #expect(try strings(knowledgeBase, "SELECT person_id || '|' || principal FROM meeting_participants ORDER BY position")
            == ["1|1", "2|1", "3|0"])
    }
}
