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
        // Its aid, the last fact written, has evidence that is not in the body: the article's people
        // and meeting are written before the failure, and must go with it.
        let (bad, original) = variant(2)
        var badFacts = original
        badFacts.aid[1].evidence = Evidence(start: 0, end: 5, text: "Hello")
        #expect(throws: KnowledgeBaseError.self) { try batch.ingest(bad, facts: badFacts) }
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
}
