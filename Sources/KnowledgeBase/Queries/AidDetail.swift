import SQLite

/// Everything stored about one aid commitment.
public struct AidDetail: Equatable, Sendable {
    /// The fields `aid` lists (its `evidence` is the first source's sentence).
    public var row: AidRow
    /// `day`, `month`, `year` or `unknown`.
    public var datePrecision: String
    /// The amount as the first report wrote it: "$4.8 billion".
    public var amountText: String
    /// Every article that reports the commitment, with its sentence.
    public var sources: [SourceRow]
}

extension KnowledgeBase {
    /// The statement `aidCommitment(id:)` runs, a lookup by key (see QueryPlanTests).
    static let aidDetailSQL = """
        SELECT date, donor, recipient, amount, currency, kind, cumulative, date_precision, amount_text
        FROM aid_commitments WHERE id = ?
        """

    /// The aid commitment `id`, with every source; throws `notFound`.
    public func aidCommitment(id: Int64) throws -> AidDetail {
        let found = try database.prepare(Self.aidDetailSQL).rows([.integer(id)]) { row in
            AidDetail(
                row: AidRow(id: id, date: row.text(at: 0) ?? "", donor: row.text(at: 1), recipient: row.text(at: 2),
                            amount: row.int64(at: 3), currency: row.text(at: 4) ?? "", kind: row.text(at: 5) ?? "",
                            cumulative: row.int64(at: 6) != 0, evidence: nil),
                datePrecision: row.text(at: 7) ?? "unknown", amountText: row.text(at: 8) ?? "", sources: [])
        }
        guard var detail = found.first else { throw QueryError.notFound(kind: "aid commitment", id: id) }
        detail.row.datePrecision = detail.datePrecision
        detail.sources = try SourceQuery(database: database, sql: SourceQuery.aidSQL).sources(of: id)
        detail.row.evidence = detail.sources.first?.evidence
        return detail
    }
}
