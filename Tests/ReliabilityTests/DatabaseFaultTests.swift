import Synchronization
import Extraction
import Foundation
import KnowledgeBase
import SQLite
import Testing

/// The `n`th corpus article, read as `attache ingest` reads a file.
private func corpusArticle(_ n: Int) throws -> Article {
    try ArticleReader().article(text: Corpus.article(n), source: "corpus/\(n).txt")
}

/// Per article (by content hash): the evidence rows its facts should leave, meetings' and aid's.
private func expectedSources(_ articles: [Article]) -> [String: [Int64]] {
    var expected: [String: [Int64]] = [:]
    for article in articles {
        let facts = Extractor().extract(article)
        expected[ContentHash.of(article.body)] = [Int64(facts.meetings.map(\.evidence.count).reduce(0, +)), Int64(facts.aid.count)]
    }
    return expected
}

/// Per stored article (by content hash): its meeting and aid evidence rows, read in one snapshot.
private func storedSources(_ database: Database) throws -> [String: [Int64]] {
    let statement = try database.prepare("""
        SELECT lower(hex(a.content_hash)),
               (SELECT count(*) FROM meeting_sources WHERE article_id = a.id),
               (SELECT count(*) FROM aid_sources WHERE article_id = a.id)
        FROM articles AS a
        """)
    var stored: [String: [Int64]] = [:]
    while try statement.step() {
        stored[statement.text(at: 0) ?? ""] = [statement.int64(at: 1), statement.int64(at: 2)]
    }
    return stored
}

@Suite("Database faults", .tags(.reliability))
final class DatabaseFaultTests {
    let directory = TemporaryDirectory()

    @Test("A full disk (max_page_count) rolls the article in flight back, says so, and keeps what was committed")
    func fullDisk() throws {
        let path = directory.path("full.sqlite")
        let articles = try (0..<40).map(corpusArticle)
        let expected = expectedSources(articles)
        do {
            let knowledgeBase = try KnowledgeBase(path: path)
            for article in articles.prefix(3) { _ = try knowledgeBase.ingest(article, extractingWith: Extractor().extract) }
        }
        // Without free pages first (the migrations leave some, rebuilding tables), so that the
        // room below is the 3 pages it says.
        try Database(path: path).execute("VACUUM")
        let pages = try #require(try Database(path: path).scalarInt("PRAGMA page_count"))
        // A few pages of room: some articles fit, then the "disk" is full.
        let knowledgeBase = try KnowledgeBase(path: path, maxPageCount: Int(pages) + 3)
        var committed = 3
        var failure: (any Error, Article)?
        for article in articles.dropFirst(3) {
            do {
                _ = try knowledgeBase.ingest(article, extractingWith: Extractor().extract)
                committed += 1
            } catch {
                failure = (error, article)
                break
            }
        }
        let (error, inFlight) = try #require(failure, "40 articles fitted in \(pages) + 3 pages")
        #expect(SQLiteError.Code.full ~= error, "\(error)")
        let report = try #require(knowledgeBase.writeFailure(error, writing: inFlight.source))
        #expect(report.description == "\(inFlight.source): not written to \(path): the database or disk is full; "
            + "the article was rolled back, nothing of it is stored")

        let check = try Database(path: path)
        #expect(try Invariants.violations(in: check) == [])
        let stored = try storedSources(check)
        #expect(stored.count == committed)
        #expect(stored[ContentHash.of(inFlight.body)] == nil, "the article in flight left rows behind")
        for article in articles.prefix(committed) {
            #expect(stored[ContentHash.of(article.body)] == expected[ContentHash.of(article.body)], "\(article.source)")
        }
        // With room again, the same article goes in whole.
        let roomy = try KnowledgeBase(path: path)
        _ = try roomy.ingest(inFlight, extractingWith: Extractor().extract)
        #expect(try storedSources(check)[ContentHash.of(inFlight.body)] == expected[ContentHash.of(inFlight.body)])
    }

    @Test("A writer waits for another's lock up to its busy timeout, then fails with a clear error and writes nothing")
    func lockHeldTooLong() throws {
        let path = directory.path("busy.sqlite")
        let knowledgeBase = try KnowledgeBase(path: path, busyTimeout: .milliseconds(300))
        let other = try Database(path: path)
        try other.execute("BEGIN IMMEDIATE")
        let article = try corpusArticle(1)
        let start = ContinuousClock.now
        let error = #expect(throws: SQLiteError.self) { try knowledgeBase.ingest(article, extractingWith: Extractor().extract) }
        let waited = ContinuousClock.now - start
        #expect(error.map { SQLiteError.Code.busy ~= $0 } == true)
        #expect(waited >= .milliseconds(250), "gave up after \(waited)")
        #expect(waited < .seconds(5), "waited \(waited)")
        let report = try #require(error.flatMap { knowledgeBase.writeFailure($0, writing: "x.txt") })
        #expect(report.description.hasPrefix("x.txt: not written to \(path): another process held the database's write lock "
            + "for longer than 0.3 seconds; the article was rolled back"))
        try other.execute("ROLLBACK")
        #expect(try other.scalarInt("SELECT count(*) FROM articles") == 0)
        // Once the lock is free, the same article goes in.
        if case .alreadyKnown = try knowledgeBase.ingest(article, extractingWith: Extractor().extract) { Issue.record("known") }
    }

    @Test("A writer waits out a lock released within its busy timeout")
    func lockReleasedInTime() throws {
        let path = directory.path("wait.sqlite")
        let knowledgeBase = try KnowledgeBase(path: path, busyTimeout: .seconds(10))
        let locked = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            defer { finished.signal() }
            let other = try? Database(path: path)
            try? other?.execute("BEGIN IMMEDIATE")
            locked.signal()
            Thread.sleep(forTimeInterval: 0.2)
            try? other?.execute("COMMIT")
        }.start()
        locked.wait()
        #expect(try knowledgeBase.ingest(try corpusArticle(2), extractingWith: Extractor().extract) != .alreadyKnown(articleID: 1))
        finished.wait()
    }

    @Test("A reader querying while a writer ingests (WAL) always sees whole articles, never part of one")
    func readerDuringIngest() throws {
        let path = directory.path("wal.sqlite")
        let articles = try (0..<60).map(corpusArticle)
        let expected = expectedSources(articles)
        _ = try KnowledgeBase(path: path)
        let finished = DispatchSemaphore(value: 0)
        let writerFailed = Mutex(false)
        Thread {
            defer { finished.signal() }
            do {
                let writer = try KnowledgeBase(path: path)
                for article in try (0..<60).map(corpusArticle) { _ = try writer.ingest(article, extractingWith: Extractor().extract) }
            } catch {
                writerFailed.withLock { $0 = true }
            }
        }.start()

        let reader = try KnowledgeBase(path: path, access: .readOnly)
        let snapshot = try Database(path: path, mode: .readOnly)
        var snapshots = 0
        var seen = Set<Int>()
        var previous = 0
        var done = false
        while !done {
            done = finished.wait(timeout: .now()) == .success
            // One read transaction: every article in it must have all of its facts.
            try snapshot.execute("BEGIN")
            let stored = try storedSources(snapshot)
            try snapshot.execute("COMMIT")
            for (hash, counts) in stored { #expect(counts == expected[hash], "an article seen with part of its facts") }
            #expect(stored.count >= previous)
            previous = stored.count
            seen.insert(stored.count)
            // The query the CLI runs: each meeting whole, with its participants and evidence.
            for meeting in try reader.meetings() {
                #expect(meeting.participants.count >= 2 && meeting.evidence != nil, "meeting \(meeting.id) seen half written")
            }
            snapshots += 1
        }
        #expect(!writerFailed.withLock { $0 })
        #expect(previous == 60)
        #expect(snapshots >= 2)
        print("reader took \(snapshots) snapshots, saw \(seen.count) distinct article counts")
    }
}
