import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// Articles of one sentence whose facts are written by hand, so that each rule of cross-article
/// resolution is tested whatever the extractor finds. Every fact's evidence is the whole body.
struct HandReport {
    let source: String
    let date: Day
    var people: [PersonFact] = []
    var meetings: [MeetingFact] = []
    var aid: [AidFact] = []

    init(_ source: String, _ date: String) {
        self.source = source
        self.date = day(date)
    }

    var body: String { "Report \(source) of \(date)." }
    var sentence: Evidence { evidence(body, in: body) }

    func person(_ name: String, _ country: String?, title: String? = nil, aliases: [String] = []) -> PersonFact {
        PersonFact(name: name, title: title, country: country, aliases: aliases, evidence: sentence)
    }

    func people(_ people: PersonFact...) -> Self {
        var copy = self
        copy.people += people
        return copy
    }

    func meeting(_ participants: [String], on date: String? = nil, precision: DatePrecision = .day,
                          location: String? = nil, country: String? = nil, mode: MeetingMode = .inPerson,
                          topics: [String] = []) -> Self {
        var copy = self
        copy.meetings.append(MeetingFact(date: date.map(day) ?? self.date, datePrecision: precision, location: location,
                                         locationCountry: country, mode: mode, participants: participants, topics: topics,
                                         evidence: [sentence]))
        return copy
    }

    func aid(_ donor: String?, _ recipient: String?, _ amount: Int64, _ text: String, currency: String = "USD",
                      on date: String? = nil, precision: DatePrecision = .day, cumulative: Bool = false) -> Self {
        var copy = self
        copy.aid.append(AidFact(donor: donor, recipient: recipient, amount: amount, currency: currency, amountText: text,
                                kind: .military, date: date.map(day) ?? self.date, datePrecision: precision,
                                cumulative: cumulative, evidence: sentence))
        return copy
    }

    func ingest(into knowledgeBase: KnowledgeBase) throws {
        let article = Article(source: source, date: date, body: body)
        _ = try knowledgeBase.ingest(article, facts: Facts(source: source, date: date, title: nil, people: people,
                                                           meetings: meetings, aid: aid))
    }
}

/// A knowledge base's content without row ids, sorted: what must not depend on ingestion order.
struct CanonicalExport: Equatable, CustomStringConvertible {
    let people: [String]
    let roles: [String]
    let meetings: [String]
    let aid: [String]

    init(_ knowledgeBase: KnowledgeBase) throws {
        let database = knowledgeBase.database
        func lines(_ sql: String) throws -> [String] { try database.prepare(sql).rows { $0.text(at: 0) ?? "NULL" }.sorted() }
        people = try lines("""
            SELECT p.name || ' | ' || ifnull(p.country, '-') || ' | '
                || (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM person_aliases WHERE person_id = p.id ORDER BY alias))
            FROM people AS p
            """)
        roles = try lines("""
            SELECT p.name || ' | ' || r.title || ' | ' || ifnull(nullif(r.country, ''), '-') || ' | ' || r.first_seen || '..' || r.last_seen
            FROM person_roles AS r JOIN people AS p ON p.id = r.person_id
            """)
        meetings = try lines("""
            SELECT m.date || ' ' || m.date_precision || ' | ' || ifnull(m.location, '-') || ' | ' || m.mode || ' ' || m.status
                || ' | ' || (SELECT group_concat(x, '; ') FROM (SELECT p.name || ':' || CASE WHEN mp.principal THEN 'principal' ELSE 'attendee' END AS x FROM meeting_participants AS mp
                             JOIN people AS p ON p.id = mp.person_id WHERE mp.meeting_id = m.id ORDER BY x))
                || ' | ' || ifnull((SELECT group_concat(name, '; ') FROM (SELECT t.name FROM meeting_topics AS mt
                             JOIN topics AS t ON t.id = mt.topic_id WHERE mt.meeting_id = m.id ORDER BY t.name)), '-')
                || ' | sources ' || (SELECT count(*) FROM meeting_sources AS s WHERE s.meeting_id = m.id)
            FROM meetings AS m
            """)
        aid = try lines("""
            SELECT a.date || ' ' || a.date_precision || ' | ' || ifnull(a.donor, '-') || ' -> ' || ifnull(a.recipient, '-')
                || ' | ' || a.amount || ' ' || a.currency || ' ' || a.amount_text || ' | ' || a.kind
                || CASE a.cumulative WHEN 1 THEN ' | cumulative' ELSE '' END
                || ' | sources ' || (SELECT count(*) FROM aid_sources AS s WHERE s.aid_id = a.id)
            FROM aid_commitments AS a
            """)
    }

    var description: String { (people + roles + meetings + aid).joined(separator: "\n") }
}

@Suite("Resolving people, meetings and aid across articles", .tags(.medium))
final class ResolutionTests {
    let directory = TemporaryDirectory()

    /// A fresh knowledge base with `reports` ingested in the order given.
    private func knowledgeBase(_ reports: [HandReport], name: String = "kb.sqlite") throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path(name))
        for report in reports { try report.ingest(into: knowledgeBase) }
        return knowledgeBase
    }

    /// Ingests `reports` forwards and backwards into two knowledge bases, expects the same
    /// content, and returns it.
    private func resolved(_ reports: [HandReport], sourceLocation: SourceLocation = #_sourceLocation) throws -> CanonicalExport {
        let forwards = try CanonicalExport(try knowledgeBase(reports, name: "forwards.sqlite"))
        let backwards = try CanonicalExport(try knowledgeBase(reports.reversed(), name: "backwards.sqlite"))
        #expect(forwards == backwards, sourceLocation: sourceLocation)
        return forwards
    }

    // MARK: - People

    @Test("A nickname and its formal name are one person, shown by the more complete form")
    func nicknames() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20")
        a = a.people(a.person("Benny Gantz", "IL", title: "Defense Minister", aliases: ["Gantz"]))
        b = b.people(b.person("Benjamin Gantz", "IL", title: "Defence Minister"))
        #expect(try resolved([a, b]).people == ["Benjamin Gantz | IL | Benjamin Gantz; Benny Gantz; Gantz"])
    }

    @Test("Namesakes with different first names are two people; an initial goes to the one it fits")
    func namesakes() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20"), c = HandReport("c", "2022-05-21")
        a = a.people(a.person("Jake Sullivan", "US"))
        b = b.people(b.person("Dan Sullivan", "US"), b.person("J. Sullivan", nil))
        c = c.people(c.person("Jacob Sullivan", nil), c.person("Daniel Sullivan", "US"))
        #expect(try resolved([a, b, c]).people == [
            "Daniel Sullivan | US | Dan Sullivan; Daniel Sullivan", "Jacob Sullivan | US | J. Sullivan; Jacob Sullivan; Jake Sullivan",
        ])
    }

    @Test("A mention that fits two namesakes (\"J.\" beside Jake and John) goes to neither")
    func ambiguousInitial() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20")
        a = a.people(a.person("Jake Sullivan", "US"), a.person("John Sullivan", "US"))
        b = b.people(b.person("J. Sullivan", "US"))
        let knowledgeBase = try knowledgeBase([a, b])
        #expect(try knowledgeBase.people().map(\.name) == ["J. Sullivan", "Jake Sullivan", "John Sullivan"])
        #expect(try knowledgeBase.person(named: "Jake Sullivan")?.aliases == ["Jake Sullivan"])
    }

    @Test("An initial or nickname needs the same country; the very same full name does not")
    func countries() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20"), c = HandReport("c", "2022-05-21")
        a = a.people(a.person("John Smith", "US"), a.person("Emmanuel Macron", "FR"))
        b = b.people(b.person("J. Smith", "GB"), b.person("Emmanuel Macron", "LB"))
        c = c.people(c.person("E. Macron", "FR"), c.person("Johnny Smith", "US"))
        #expect(try resolved([a, b, c]).people == [
            "Emmanuel Macron | FR | E. Macron; Emmanuel Macron", "J. Smith | GB | J. Smith", "Johnny Smith | US | John Smith; Johnny Smith",
        ])
    }

    @Test("A later full name that shows two stored people to be one merges them, and then their meetings")
    func lateMerge() throws {
        var a = HandReport("a", "2022-05-10"), b = HandReport("b", "2022-05-11"), c = HandReport("c", "2022-05-12")
        a = a.people(a.person("E. Macron", "FR"), a.person("Olaf Scholz", "DE")).meeting(["E. Macron", "Olaf Scholz"], location: "Paris")
        b = b.people(b.person("Emmanuel Macron", "LB"), b.person("Olaf Scholz", "DE"))
            .meeting(["Olaf Scholz", "Emmanuel Macron"], on: "2022-05-10")
        c = c.people(c.person("Emmanuel Macron", "FR", title: "President"))
        let export = try resolved([a, b, c])
        #expect(export.people == ["Emmanuel Macron | FR | E. Macron; Emmanuel Macron", "Olaf Scholz | DE | Olaf Scholz"])
        #expect(export.meetings == [
            "2022-05-10 day | Paris | in_person held | Emmanuel Macron:principal; Olaf Scholz:principal | - | sources 2",
        ])
    }

    @Test("A name written surname first is the same name")
    func reversedNames() throws {
        var a = HandReport("a", "2024-07-28"), b = HandReport("b", "2024-07-29")
        a = a.people(a.person("Kihara Minoru", "JP"))
        b = b.people(b.person("Minoru Kihara", "JP"))
        #expect(try resolved([a, b]).people == ["Kihara Minoru | JP | Kihara Minoru; Minoru Kihara"])
    }

    @Test("A surname alone is not given to a full name from another article; nor is a query for it")
    func surnameAlone() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-06-01"), c = HandReport("c", "2022-06-02")
        a = a.people(a.person("Lloyd J. Austin III", "US", aliases: ["Austin"]))
        b = b.people(b.person("Austin", "US"))
        c = c.people(c.person("Austin", "US"))
        #expect(try resolved([a, b, c]).people == ["Austin | US | Austin", "Lloyd J. Austin III | US | Austin; Lloyd J. Austin III"])
        let knowledgeBase = try knowledgeBase([a, b, c])
        let error = #expect(throws: KnowledgeBaseError.self) { try knowledgeBase.meetings(person: "austin") }
        #expect(error?.description == "austin: names 2 people: Austin (US); Lloyd J. Austin III (US); give a fuller name")
        #expect(try knowledgeBase.person(named: "Lloyd Austin")?.name == "Lloyd J. Austin III")
    }

    @Test("Titles are kept over time, each with the first and last day seen")
    func rolesOverTime() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-11-02"), c = HandReport("c", "2023-10-12")
        a = a.people(a.person("Benny Gantz", "IL", title: "Defense Minister"))
        b = b.people(b.person("Benny Gantz", "IL", title: "Defense Minister"))
        c = c.people(c.person("Benny Gantz", "IL", title: "Minister without portfolio"))
        #expect(try resolved([a, b, c]).roles == [
            "Benny Gantz | Defense Minister | IL | 2022-05-19..2022-11-02",
            "Benny Gantz | Minister without portfolio | IL | 2023-10-12..2023-10-12",
        ])
    }

    // MARK: - Meetings

    @Test("One meeting in three reports: one row, every participant, the place and the day from whichever gave them")
    func sameMeeting() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20"), c = HandReport("c", "2022-05-26")
        a = a.people(a.person("Benny Gantz", "IL"), a.person("Lloyd J. Austin III", "US"), a.person("Michael Herzog", "IL"))
            .meeting(["Benny Gantz", "Lloyd J. Austin III", "Michael Herzog"], topics: ["Iran"])
        b = b.people(b.person("Lloyd Austin", "US"), b.person("Benjamin Gantz", "IL"), b.person("Colin Kahl", "US"))
            .meeting(["Lloyd Austin", "Benjamin Gantz", "Colin Kahl"], on: "2022-05-19", location: "Pentagon", country: "US",
                     topics: ["security"])
        c = c.people(c.person("Benny Gantz", "IL"), c.person("Lloyd Austin", "US"))
            .meeting(["Benny Gantz", "Lloyd Austin"], on: "2022-05-01", precision: .month)
        #expect(try resolved([a, b, c]).meetings == [
            "2022-05-19 day | Pentagon | in_person held | Benjamin Gantz:principal; Colin Kahl:attendee; "
                + "Lloyd J. Austin III:principal; Michael Herzog:attendee | Iran; security | sources 3",
        ])
    }

    @Test("A less precise report first, then the precise one: the day replaces the month")
    func precisionReplaces() throws {
        var a = HandReport("a", "2022-05-26"), b = HandReport("b", "2022-05-19")
        a = a.people(a.person("Benny Gantz", "IL"), a.person("Lloyd Austin", "US")).meeting(["Benny Gantz", "Lloyd Austin"], on: "2022-05-01", precision: .month)
        b = b.people(b.person("Benny Gantz", "IL"), b.person("Lloyd Austin", "US")).meeting(["Lloyd Austin", "Benny Gantz"])
        let knowledgeBase = try knowledgeBase([a, b])
        #expect(try knowledgeBase.meetings().map { "\($0.date) \($0.datePrecision)" } == ["2022-05-19 day"])
    }

    @Test("The same people on other days, by phone, with a different counterpart, or one side alone are other meetings")
    func differentMeetings() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-06-14"), c = HandReport("c", "2022-05-20")
        a = a.people(a.person("Benny Gantz", "IL"), a.person("Lloyd Austin", "US"), a.person("Jake Sullivan", "US"))
            .meeting(["Benny Gantz", "Lloyd Austin"]).meeting(["Benny Gantz", "Jake Sullivan"])
        b = b.people(b.person("Benny Gantz", "IL"), b.person("Lloyd Austin", "US")).meeting(["Benny Gantz", "Lloyd Austin"])
        c = c.people(c.person("Benny Gantz", "IL"), c.person("Lloyd Austin", "US"), c.person("Dan Sullivan", "US"))
            .meeting(["Benny Gantz", "Lloyd Austin"], on: "2022-05-19", mode: .call)
            .meeting(["Benny Gantz", "Dan Sullivan"], on: "2022-05-19")
            .meeting(["Lloyd Austin"], on: "2022-05-19")
        #expect(try resolved([a, b, c]).meetings.count == 6)
    }

    // MARK: - Aid

    @Test("One commitment in two reports, written with more or less precision, is one row with both sources")
    func sameCommitment() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20"), c = HandReport("c", "2022-05-26")
        a = a.aid("US", "IL", 4_800_000_000, "$4.8 billion")
        b = b.aid("US", "IL", 4_830_000_000, "$4.83 billion")
        c = c.aid("US", "IL", 4_800_000_000, "$4.8 billion", on: "2022-05-01", precision: .month)
        #expect(try resolved([a, b, c]).aid == ["2022-05-19 day | US -> IL | 4830000000 USD $4.83 billion | military | sources 3"])
    }

    @Test("A running total is stored apart from commitments of the same amount; other amounts are other commitments")
    func cumulativeApart() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20")
        a = a.aid("US", "IL", 4_800_000_000, "$4.8 billion").aid("US", "IL", 38_000_000_000, "$38 billion", cumulative: true)
        b = b.aid("US", "IL", 38_000_000_000, "$38 billion").aid("US", "IL", 5_300_000_000, "$5.3 billion")
            .aid("US", "UA", 4_800_000_000, "$4.8 billion")
        let export = try resolved([a, b])
        #expect(export.aid.count == 5)
        let report = try knowledgeBase([a, b]).aid()
        #expect(report.totals == [AidTotal(currency: "USD", amount: 4_800_000_000 + 38_000_000_000 + 5_300_000_000 + 4_800_000_000,
                                           commitments: 4)])
    }

    @Test("Amounts agree within rounding", arguments: [
        (Int64(4_800_000_000), Int64(4_830_000_000), true),
        (5_000_000_000, 4_800_000_000, true),
        (4_750_000_000, 4_800_000_000, true),
        (100_000_000, 100_900_000, true),
        (4_800_000_000, 4_900_000_000, false),
        (300_000_000, 400_000_000, false),
        (1_000_000_000, 1_850_000_000, false),
        (0, 1, false),
        (Int64.max, Int64.max - 1, true),
    ])
    func amounts(a: Int64, b: Int64, agree: Bool) {
        #expect(StoredCommitment.amountsAgree(a, b) == agree)
        #expect(StoredCommitment.amountsAgree(b, a) == agree)
    }

    // MARK: - Cost

    @Test("Every lookup resolution makes goes through an index, never a scan of a whole table")
    func lookupsUseIndexes() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let writers = try knowledgeBase.writers()
        let lookups = writers.people.lookups + writers.meetings.lookups + writers.aid.lookups
        #expect(lookups.count == 13)
        for lookup in lookups {
            let plan = try knowledgeBase.database.prepare("EXPLAIN QUERY PLAN " + lookup.sql).rows { $0.text(at: 3) ?? "" }
            let scans = plan.filter { $0.hasPrefix("SCAN") && !$0.contains("INDEX") }
            #expect(scans.isEmpty, "\(lookup.sql)\n\(plan.joined(separator: "\n"))")
            #expect(plan.contains { $0.contains("INDEX") || $0.contains("PRIMARY KEY") }, "\(plan)")
        }
    }

    // MARK: - The fixture set

    /// The articles of fixtures/cross-article, read as `attache ingest` reads them.
    static let fixtures: [Article] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/cross-article").path
        return ArticleFiles(paths: [directory], reader: ArticleReader()).compactMap { item in
            if case .article(let article, _) = item { return article }
            return nil
        }
    }()

    private func ingest(_ articles: [Article], name: String) throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path(name))
        let extractor = Extractor()
        for article in articles { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        return knowledgeBase
    }

    @Test("The fixture set gives the same people, meetings and commitments in any order")
    func fixturesInAnyOrder() throws {
        let articles = Self.fixtures
        try #require(articles.count >= 8)
        var shuffled = articles
        var generator = SplitMix(seed: 20_260_511)
        shuffled.shuffle(using: &generator)
        let forwards = try CanonicalExport(try ingest(articles, name: "forwards.sqlite"))
        #expect(try CanonicalExport(try ingest(articles.reversed(), name: "backwards.sqlite")) == forwards)
        #expect(try CanonicalExport(try ingest(shuffled, name: "shuffled.sqlite")) == forwards)
        #expect(forwards.people.count == 11)
        #expect(forwards.meetings.count == 7)
        #expect(forwards.aid.count == 3)
    }

    @Test("The fixture set's key facts: Gantz once, two Sullivans, one Pentagon meeting, one $4.8 billion")
    func fixtureFacts() throws {
        let knowledgeBase = try ingest(Self.fixtures, name: "kb.sqlite")
        let gantz = try #require(try knowledgeBase.person(named: "Benny Gantz"))
        #expect(gantz.aliases == ["Benjamin Gantz", "Benny Gantz", "Gantz"])
        #expect(gantz.meetings == 4)
        #expect(try knowledgeBase.people(named: "Sullivan").map(\.identification)
            == ["Dan Sullivan (US, Senator)", "Jake Sullivan (US, National Security Adviser)"])

        let pentagon = try knowledgeBase.meetings(person: "Gantz", with: "Austin", until: day("2022-05-31"))
        #expect(pentagon.count == 1)
        #expect(pentagon.first.map { "\($0.date) \($0.datePrecision) \($0.location ?? "-")" } == "2022-05-19 day Pentagon")
        #expect(Set(pentagon.first?.participants ?? [])
            == ["Benjamin Gantz", "Lloyd J. Austin III", "Michael Herzog", "Yaki Dolf", "Colin Kahl"])
        #expect(try knowledgeBase.meetings(person: "Gantz", with: "Jake Sullivan").map(\.date) == ["2022-05-18"])
        #expect(try knowledgeBase.meetings(person: "Gantz", with: "Dan Sullivan").map(\.date) == ["2022-05-18"])
        #expect(try knowledgeBase.meetings(person: "Jake Sullivan", with: "Yermak").map(\.mode) == ["call"])
        #expect(try knowledgeBase.meetings(person: "Gantz", with: "Austin").map(\.mode) == ["in_person", "call"])

        let aid = try knowledgeBase.aid()
        #expect(aid.rows.map { "\($0.donor ?? "-")>\($0.recipient ?? "-") \($0.amount) \($0.currency) \($0.cumulative)" } == [
            "US>IL 4830000000 USD false", "EU>UA 500000000 EUR false", "US>IL 5300000000 USD true",
        ])
        #expect(aid.totals == [AidTotal(currency: "EUR", amount: 500_000_000, commitments: 1),
                               AidTotal(currency: "USD", amount: 4_830_000_000, commitments: 1)])
        #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM aid_sources") == 5)
    }

    @Test("Ingested one by one into separate knowledge bases, the fixtures give more rows than together")
    func mergingIsReal() throws {
        var people = 0, meetings = 0, aid = 0
        for (index, article) in Self.fixtures.enumerated() {
            let knowledgeBase = try ingest([article], name: "alone-\(index).sqlite")
            people += Int(try knowledgeBase.database.scalarInt("SELECT count(*) FROM people") ?? 0)
            meetings += Int(try knowledgeBase.database.scalarInt("SELECT count(*) FROM meetings") ?? 0)
            aid += Int(try knowledgeBase.database.scalarInt("SELECT count(*) FROM aid_commitments") ?? 0)
        }
        #expect([people, meetings, aid] as [Int] == [26, 13, 5])
    }
}

/// A small seeded generator (SplitMix64), so the shuffled order is the same on every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
