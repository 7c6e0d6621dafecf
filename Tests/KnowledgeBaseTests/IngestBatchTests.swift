import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

@Suite("Ingesting in batches: a transaction per batch, a savepoint per article", .tags(.medium))
final class IngestBatchTests {
    let directory = TemporaryDirectory()

    /// The sample article under another name and with its own last sentence, so its body is new.
    private func variant(_ n: Int) -> (Article, Facts) {
        let body = Sample.body + " Update \(n)."
        let article = Article(source: "sample-\(n).txt", date: Sample.article.date, title: Sample.article.title, body: body)
        var facts = Sample.facts
        facts.source = article.source
        return (article, facts)
    }

    /// `variant(n)` whose last aid has evidence that is not in the body: its people and meeting are
    /// written before the failure, and must go with it.
    private func bad(_ variant: (Article, Facts)) -> (Article, Facts) {
        var (article, facts) = variant
        facts.aid[1].evidence = Evidence(start: 0, end: 5, text: "Hello")
        return (article, facts)
    }

    private func sources(_ path: String) throws -> [String] {
        try Database(path: path, mode: .readOnly).prepare("SELECT source FROM articles ORDER BY id").rows { $0.text(at: 0) ?? "" }
    }

    @Test("Articles of a batch are stored together at its commit, and not before, as another connection sees it")
    func commitsTogether() throws {
        let path = directory.path("kb.sqlite")
        let batch = IngestBatch(try KnowledgeBase.open(path: path), limits: .init(articles: 3))
        for n in 0..<2 {
            let (article, facts) = variant(n)
            #expect(try batch.ingest(article, facts: facts) != .alreadyKnown(articleID: 0))
        }
        #expect(batch.isOpen && !batch.isDue && batch.pending == 2)
        #expect(try sources(path) == [])
        let (article, facts) = variant(2)
        _ = try batch.ingest(article, facts: facts)
        #expect(batch.isDue)
        try batch.commit()
        #expect(!batch.isOpen && batch.pending == 0)
        #expect(try sources(path) == ["sample-0.txt", "sample-1.txt", "sample-2.txt"])
    }

    @Test("A bad article rolls back alone: the articles before and after it in the batch are stored whole")
    func badArticleAlone() throws {
        let path = directory.path("kb.sqlite")
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let batch = IngestBatch(knowledgeBase)
        let (first, firstFacts) = variant(1)
        _ = try batch.ingest(first, facts: firstFacts)
        let (failing, failingFacts) = bad(variant(2))
        #expect(throws: KnowledgeBaseError.self) { try batch.ingest(failing, facts: failingFacts) }
        #expect(batch.isOpen)
        let (third, thirdFacts) = variant(3)
        _ = try batch.ingest(third, facts: thirdFacts)
        // The same text twice in one batch is one article.
        #expect(try batch.ingest(third, facts: thirdFacts) == .alreadyKnown(articleID: 2))
        try batch.commit()
        #expect(try sources(path) == ["sample-1.txt", "sample-3.txt"])
        let database = knowledgeBase.database
        #expect(try database.scalarInt("SELECT count(*) FROM meeting_sources WHERE article_id NOT IN (1, 2)") == 0)
        #expect(try database.scalarInt("SELECT count(*) FROM meeting_sources") == 4)
        #expect(try database.scalarInt("SELECT count(*) FROM aid_sources") == 4)
        #expect(try database.scalarInt("SELECT count(*) FROM person_roles WHERE article_id NOT IN (1, 2)") == 0)
    }

    @Test("A batch released or rolled back before its commit leaves nothing of its articles")
    func uncommittedLeavesNothing() throws {
        let path = directory.path("kb.sqlite")
        let knowledgeBase = try KnowledgeBase.open(path: path)
        do {
            let batch = IngestBatch(knowledgeBase)
            let (article, facts) = variant(1)
            _ = try batch.ingest(article, facts: facts)
        }
        #expect(knowledgeBase.database.isAutocommit)
        let batch = IngestBatch(knowledgeBase)
        let (article, facts) = variant(2)
        _ = try batch.ingest(article, facts: facts)
        try batch.rollback()
        #expect(try sources(path) == [])
        // The knowledge base's own ingest works again once no batch is open.
        #expect(try knowledgeBase.ingest(article, facts: facts) == .added(IngestCounts(articleID: 1, people: 3, newPeople: 3, meetings: 1, aid: 2)))
    }

    @Test("A batch is due after its interval, however few its articles")
    func dueByTime() throws {
        let batch = IngestBatch(try KnowledgeBase.open(path: directory.path("kb.sqlite")), limits: .init(articles: 100, interval: .milliseconds(20)))
        #expect(!batch.isDue)
        let (article, facts) = variant(1)
        _ = try batch.ingest(article, facts: facts)
        Thread.sleep(forTimeInterval: 0.03)
        #expect(batch.isDue)
        try batch.commit()
        #expect(!batch.isDue)
    }

    @Test("Extraction runs only for an article not stored yet")
    func extractsOnlyNew() throws {
        let batch = IngestBatch(try KnowledgeBase.open(path: directory.path("kb.sqlite")))
        let (article, facts) = variant(1)
        var extracted = 0
        for _ in 0..<2 {
            _ = try batch.ingest(article) { _ in
                extracted += 1
                return facts
            }
        }
        #expect(extracted == 1)
    }

    @Test("A new file has 8 KiB pages; an existing one keeps its own")
    func pageSize() throws {
        let fresh = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        #expect(try fresh.database.scalarInt("PRAGMA page_size") == 8192)
        let path = directory.path("old.sqlite")
        do {
            let database = try Database(path: path)
            try database.execute("PRAGMA page_size = 4096")
            try database.execute("CREATE TABLE notes (x)")
        }
        #expect(throws: Never.self) { try KnowledgeBase.open(path: path) }
        #expect(try Database(path: path).scalarInt("PRAGMA page_size") == 4096)
    }

    @Test("A batch's articles are indexed for full-text search at its commit, a rolled-back one is not, and other inserts still are")
    func fullTextIndex() throws {
        let path = directory.path("kb.sqlite")
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let database = knowledgeBase.database
        func indexed() throws -> [Int64] {
            try database.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'update' ORDER BY rowid").rows { $0.int64(at: 0) }
        }
        let batch = IngestBatch(knowledgeBase)
        let (first, firstFacts) = variant(1)
        _ = try batch.ingest(first, facts: firstFacts)
        let (failing, failingFacts) = bad(variant(2))
        #expect(throws: KnowledgeBaseError.self) { try batch.ingest(failing, facts: failingFacts) }
        let (third, thirdFacts) = variant(3)
        _ = try batch.ingest(third, facts: thirdFacts)
        try batch.commit()
        #expect(try sources(path) == ["sample-1.txt", "sample-3.txt"])
        #expect(try indexed() == [1, 2])
        #expect(try database.scalarInt("SELECT count(*) FROM articles WHERE ingested_at NOT GLOB '2*Z'") == 0)

        // One article in a transaction of its own, then a row another program inserts.
        let (fourth, fourthFacts) = variant(4)
        _ = try knowledgeBase.ingest(fourth, facts: fourthFacts)
        try Database(path: path).execute("""
            INSERT INTO articles (content_hash, source, title, published_on, body)
            VALUES (randomblob(32), 'other.txt', 'Other', '2024-01-01', 'An update from elsewhere.')
            """)
        #expect(try indexed() == [1, 2, 3, 4])
        // With rank 1, the check compares the index with the articles it was built from.
        try database.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test("A topic, country or name first written by an article that is rolled back is written again by the next one")
    func rolledBackRowsAreNotRemembered() throws {
        let path = directory.path("kb.sqlite")
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let batch = IngestBatch(knowledgeBase)
        func withNewRows(_ n: Int) -> (Article, Facts) {
            var (article, facts) = variant(n)
            facts.topics.append("Deep-sea cables")
            facts.meetings[0].topics.append("Deep-sea cables")
            facts.people[0].country = "ZZ"
            facts.people[0].name = "Quentin Zarzycki"
            facts.people[0].aliases = []
            facts.meetings[0].participants[0] = "Quentin Zarzycki"
            return (article, facts)
        }
        let (failing, failingFacts) = bad(withNewRows(1))
        #expect(throws: KnowledgeBaseError.self) { try batch.ingest(failing, facts: failingFacts) }
        let (good, goodFacts) = withNewRows(2)
        // With foreign keys on, a remembered id of a row rolled back would fail here.
        _ = try batch.ingest(good, facts: goodFacts)
        try batch.commit()
        let database = knowledgeBase.database
        #expect(try database.scalarInt("SELECT count(*) FROM topics WHERE name = 'Deep-sea cables'") == 1)
        #expect(try database.scalarInt("SELECT count(*) FROM article_topics JOIN topics ON topics.id = topic_id WHERE name = 'Deep-sea cables'") == 1)
        #expect(try database.scalarInt("SELECT count(*) FROM meeting_topics JOIN topics ON topics.id = topic_id WHERE name = 'Deep-sea cables'") == 1)
        #expect(try database.scalarInt("SELECT count(*) FROM countries WHERE code = 'ZZ'") == 1)
        #expect(try database.scalarText("SELECT name FROM people WHERE country = 'ZZ'") == "Quentin Zarzycki")
        #expect(try database.scalarText("PRAGMA foreign_key_check") == nil)
    }
}
