import Extraction
import SQLite

/// Writes aid: one `aid_commitments` row per `AidFact`, with its source.
///
/// The seam for cross-article merging is `existingCommitment(for:)`: the same pledge reported by
/// two articles should become one row with two sources. Today it never finds one.
struct AidResolver {
    private let database: Database
    private let insertCommitment: Statement
    private let insertSource: Statement

    init(database: Database) throws {
        self.database = database
        insertCommitment = try database.prepare("""
            INSERT INTO aid_commitments
                (donor, recipient, amount, currency, kind, date, date_precision, cumulative, amount_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSource = try database.prepare(
            "INSERT INTO aid_sources (aid_id, article_id, evidence, start, end) VALUES (?, ?, ?, ?, ?)")
    }

    func write(_ fact: AidFact, in context: FactContext) throws {
        let label = "aid of \(fact.amountText.debugDescription)"
        try context.check(fact.evidence, of: label)
        guard fact.amount >= 0 else { throw context.invalid("\(label): negative amount \(fact.amount)") }
        guard fact.currency.utf8.count == 3, fact.currency.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            throw context.invalid("\(label): currency \(fact.currency.debugDescription) is not an ISO 4217 code")
        }
        let aidID: Int64
        if let existing = try existingCommitment(for: fact) {
            aidID = existing
        } else {
            try insertCommitment.run([try context.country(fact.donor), try context.country(fact.recipient),
                                      .integer(fact.amount), .text(fact.currency), .text(fact.kind.rawValue),
                                      .text(fact.date.description), .text(fact.datePrecision.rawValue),
                                      .bool(fact.cumulative), .text(fact.amountText)])
            aidID = database.lastInsertRowID
        }
        try insertSource.run([.integer(aidID), .integer(context.articleID), .text(fact.evidence.text),
                              .integer(fact.evidence.start), .integer(fact.evidence.end)])
    }

    /// The stored commitment `fact` reports again, if any. Merging is a later issue: never today.
    private func existingCommitment(for fact: AidFact) throws -> Int64? {
        nil
    }
}
