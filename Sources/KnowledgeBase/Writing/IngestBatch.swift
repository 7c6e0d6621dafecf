import Extraction
import SQLite

/// Writes articles to a knowledge base in batches: one transaction per batch, a savepoint per
/// article.
///
/// Each article stays atomic: its savepoint is released when all of it is written, and rolled
/// back when anything of it fails, so that a bad article leaves nothing behind while the batch
/// goes on. A commit makes the batch's articles durable together; a crash before it leaves none
/// of them, never part of one. Committing once per batch rather than once per article is what
/// makes ingest fast: a commit writes the WAL and takes the lock again, and costs more than most
/// articles.
///
/// The transaction opens at the first article and commits when `commit()` is called; `isDue`
/// says when the batch has reached `limits` and should be. Whatever is not committed when the
/// batch is released is rolled back. A batch holds the write lock from its first article to its
/// commit, so other writers wait for up to `limits.interval`. While a batch is open, the
/// knowledge base's own `ingest` (which opens a transaction of its own) cannot be used.
///
/// <https://www.sqlite.org/lang_savepoint.html>
public final class IngestBatch {
    /// When a batch is due: after so many articles, or so long after its first.
    public struct Limits: Sendable {
        public var articles: Int
        public var interval: Duration

        public init(articles: Int = 500, interval: Duration = .seconds(1)) {
            precondition(articles > 0, "a batch holds at least one article")
            self.articles = articles
            self.interval = interval
        }
    }

    public let knowledgeBase: KnowledgeBase
    public let limits: Limits
    /// Articles written or skipped as known since the batch began, committed or not yet.
    public private(set) var pending = 0
    private var began: ContinuousClock.Instant?

    public init(_ knowledgeBase: KnowledgeBase, limits: Limits = Limits()) {
        self.knowledgeBase = knowledgeBase
        self.limits = limits
    }

    deinit {
        if began != nil { try? rollback() }
    }

    /// True while a transaction is open: articles have been written that are not committed yet.
    public var isOpen: Bool { began != nil && !knowledgeBase.database.isAutocommit }

    /// True when the open batch holds `limits.articles` articles or began `limits.interval` ago.
    public var isDue: Bool {
        guard let began else { return false }
        return pending >= limits.articles || ContinuousClock.now - began >= limits.interval
    }

    /// Writes `article` and its facts in the open batch (opening one if none is), in a savepoint
    /// of its own. The outcome holds once the batch commits.
    ///
    /// When it throws, nothing of the article remains. An error of the article (its facts are
    /// invalid, or break a constraint) leaves the batch open, and the articles before it in it.
    /// A fault of the database (full, locked, damaged) may have ended the transaction with all of
    /// them: `isOpen` is then false, and none of them will be stored.
    public func ingest(_ article: Article, facts: Facts) throws -> IngestOutcome {
        try ingest(article) { _ in facts }
    }

    /// Ingests `article` in the batch, as `ingest(_:facts:)`, running `extract` only when its
    /// body is not stored yet.
    public func ingest(_ article: Article, extractingWith extract: (Article) throws -> Facts) throws -> IngestOutcome {
        let hash = ContentHash.digest(of: article.body)
        try begin()
        let outcome: IngestOutcome
        try knowledgeBase.statement("SAVEPOINT article").run()
        do {
            outcome = try knowledgeBase.write(article, contentHash: hash) { try extract(article) }
            try knowledgeBase.statement("RELEASE SAVEPOINT article").run()
        } catch {
            // > The ROLLBACK TO command reverts the state of the database back to what it was just after
            // > the corresponding SAVEPOINT. … the ROLLBACK TO command does not cancel the transaction.
            if !knowledgeBase.database.isAutocommit {
                try? knowledgeBase.statement("ROLLBACK TRANSACTION TO SAVEPOINT article").run()
                try? knowledgeBase.statement("RELEASE SAVEPOINT article").run()
                try? knowledgeBase.writers().forget()
            } else {
                began = nil
                pending = 0
            }
            throw error
        }
        pending += 1
        return outcome
    }

    /// Commits the open batch, if any. When the commit fails, the batch is rolled back and the
    /// error thrown: none of its articles is stored.
    public func commit() throws {
        guard began != nil else { return }
        defer {
            began = nil
            pending = 0
        }
        guard !knowledgeBase.database.isAutocommit else { return }
        do {
            let writers = try knowledgeBase.writers()
            try writers.endTransaction()
            try knowledgeBase.statement("COMMIT TRANSACTION").run()
            try writers.committed()
        } catch {
            try? rollback()
            throw error
        }
    }

    /// Rolls back the open batch, if any: none of its articles is stored.
    public func rollback() throws {
        defer {
            began = nil
            pending = 0
        }
        // > If certain kinds of errors occur within a transaction, the transaction may or may not be
        // > rolled back automatically.
        if began != nil, !knowledgeBase.database.isAutocommit {
            try knowledgeBase.statement("ROLLBACK TRANSACTION").run()
        }
    }

    /// Opens the batch's transaction when none is open. IMMEDIATE takes the write lock now, so a
    /// database another process holds fails before the article is written.
    private func begin() throws {
        if began != nil, !knowledgeBase.database.isAutocommit { return }
        let writers = try knowledgeBase.writers()
        try knowledgeBase.statement("BEGIN IMMEDIATE TRANSACTION").run()
        do {
            try writers.beginTransaction()
        } catch {
            try? knowledgeBase.statement("ROLLBACK TRANSACTION").run()
            throw error
        }
        began = .now
        pending = 0
    }
}

/// A batch writes through its knowledge base's one connection, which belongs to one thread.
@available(*, unavailable)
extension IngestBatch: Sendable {}
