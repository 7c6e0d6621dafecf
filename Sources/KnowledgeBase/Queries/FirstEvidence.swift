import SQLite

/// The evidence sentence of each fact of a list: that of its earliest report, by the article's
/// day, then its source, then the sentence's offset (then the article's id and the sentence's
/// end, so that the choice never depends on the order of the rows), so that it does not depend
/// on the order articles were ingested in.
///
/// Read after the list, a batch of facts at a time: each fact's reports by key, and each
/// report's article by id, where a subquery per row of the list also counted the reports first
/// and went through the `*_sources` view (issue 7: 3 µs a row, half of `aid --format json`).
struct FirstEvidence {
    /// The spans table and its fact's column: `meeting_spans` and `meeting_id`, or `aid_spans`
    /// and `aid_id`.
    let spans: String
    let key: String

    static let meetings = FirstEvidence(spans: "meeting_spans", key: "meeting_id")
    static let aid = FirstEvidence(spans: "aid_spans", key: "aid_id")

    /// How many facts one statement covers.
    static let batch = 500

    /// The reports of the facts `?1` (a JSON array of ids), with what orders them and the
    /// sentence, read from the body at the report's offsets. CROSS JOIN keeps the ids as the outer
    /// loop, then each fact's reports by key, then each article by id.
    var sql: String {
        """
        SELECT s.\(key), r.published_on, r.source, s.start, s.article_id, s.end,
               substr(r.body, s.start + 1, s.end - s.start)
        FROM json_each(?1) AS j CROSS JOIN \(spans) AS s ON s.\(key) = j.value
             CROSS JOIN articles AS r ON r.id = s.article_id
        """
    }

    /// Sets `evidence` (through `set`) of each of the `count` facts whose ids `id` gives, `batch`
    /// facts a statement.
    func fill(_ count: Int, id: (Int) -> Int64, set: (Int, String) -> Void, in database: Database,
              batch: Int = FirstEvidence.batch) throws {
        guard count > 0 else { return }
        let statement = try database.prepare(sql)
        var first: [Int64: (order: Order, evidence: String)] = [:]
        first.reserveCapacity(min(count, batch))
        for start in stride(from: 0, to: count, by: batch) {
            let range = start..<min(count, start + batch)
            first.removeAll(keepingCapacity: true)
            let ids: SQLiteValue = .text("[" + range.map { String(id($0)) }.joined(separator: ",") + "]")
            _ = try statement.rows([ids]) { row in
                let order = Order(day: row.text(at: 1) ?? "", source: row.text(at: 2) ?? "",
                                  start: row.int64(at: 3), article: row.int64(at: 4), end: row.int64(at: 5))
                let fact = row.int64(at: 0)
                if let earlier = first[fact], !(order < earlier.order) { return }
                first[fact] = (order, row.text(at: 6) ?? "")
            }
            for index in range {
                if let found = first[id(index)] { set(index, found.evidence) }
            }
        }
    }

    /// What makes one report earlier than another; text compares byte by byte, as SQLite's
    /// BINARY collation does.
    private struct Order {
        var day: String
        var source: String
        var start: Int64
        var article: Int64
        var end: Int64

        static func < (a: Order, b: Order) -> Bool {
            if !a.day.utf8.elementsEqual(b.day.utf8) { return a.day.utf8.lexicographicallyPrecedes(b.day.utf8) }
            if !a.source.utf8.elementsEqual(b.source.utf8) { return a.source.utf8.lexicographicallyPrecedes(b.source.utf8) }
            return (a.start, a.article, a.end) < (b.start, b.article, b.end)
        }
    }
}
