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
    /// Aid reads the place of its first report from its own row instead (`EvidencePlace`); this
    /// reads its reports as meetings' are, for tests to compare.
    static let aid = FirstEvidence(spans: "aid_spans", key: "aid_id")

    /// How many facts one statement covers.
    static let batch = 500

    /// The reports of the facts `?1` (a JSON array of ids, ascending), with the sentence, read from
    /// the body at the report's offsets. CROSS JOIN keeps the ids as the outer loop, then each
    /// fact's reports by key, then each article by id. What orders two reports of one fact (the
    /// article's day and source) is not read here: most facts have one report, and it is read for
    /// the others alone (`orderSQL`).
    var sql: String {
        """
        SELECT s.\(key), s.article_id, s.start, s.end, substr(r.body, s.start + 1, s.end - s.start)
        FROM json_each(?1) AS j CROSS JOIN \(spans) AS s ON s.\(key) = j.value
             CROSS JOIN articles AS r ON r.id = s.article_id
        """
    }

    /// The day and source of the article `?`: what orders the reports of a fact reported twice.
    static let orderSQL = "SELECT published_on, source FROM articles WHERE id = ?"

    /// Sets `evidence` (through `set`) of each of the `count` facts whose ids `id` gives, `batch`
    /// facts a statement.
    ///
    /// The ids are read in ascending order, whatever the order of the list (by date): the spans'
    /// b-tree is then walked forwards, each page read once for the facts it holds, rather than
    /// searched from its root at random (issue 7: `aid --format json` over a month, 1,700 facts).
    func fill(_ count: Int, id: (Int) -> Int64, set: (Int, String) -> Void, in database: Database,
              batch: Int = FirstEvidence.batch) throws {
        guard count > 0 else { return }
        let statement = try database.prepare(sql)
        var orderStatement: Statement?
        /// The day and source of `article`, read when a fact has a second report.
        func order(of report: Report) throws -> Order {
            if orderStatement == nil { orderStatement = try database.prepare(Self.orderSQL) }
            let key = try orderStatement!.rows([.integer(report.article)]) { ($0.text(at: 0) ?? "", $0.text(at: 1) ?? "") }.first
            return Order(day: key?.0 ?? "", source: key?.1 ?? "", start: report.start, article: report.article, end: report.end)
        }
        let ids = (0..<count).map(id)
        let sorted = ids.indices.sorted { ids[$0] < ids[$1] }
        // The earliest report yet of each fact of a batch, by the fact's place in the batch (a
        // dictionary keyed by id took a quarter of this function's time under perf, hashing and
        // instantiating its tuple's metadata).
        var first: [FirstReport?] = []
        for start in stride(from: 0, to: count, by: batch) {
            let facts = sorted[start..<min(count, start + batch)].map { ids[$0] }
            first = Array(repeating: nil, count: facts.count)
            var text = "["
            text.reserveCapacity(facts.count * 8 + 2)
            for (offset, fact) in facts.enumerated() {
                if offset > 0 { text += "," }
                text += String(fact)
            }
            text += "]"
            _ = try statement.rows([.text(text)]) { row in
                guard let place = Self.place(of: row.int64(at: 0), in: facts) else { return }
                let report = Report(article: row.int64(at: 1), start: row.int64(at: 2), end: row.int64(at: 3))
                guard let earlier = first[place] else {
                    first[place] = FirstReport(report: report, order: nil, evidence: row.text(at: 4) ?? "")
                    return
                }
                // A second report of the fact: the day and source of both decide.
                let earlierOrder = try earlier.order ?? order(of: earlier.report)
                let thisOrder = try order(of: report)
                if thisOrder < earlierOrder {
                    first[place] = FirstReport(report: report, order: thisOrder, evidence: row.text(at: 4) ?? "")
                } else if earlier.order == nil {
                    first[place]?.order = earlierOrder
                }
            }
            for (place, index) in sorted[start..<start + facts.count].enumerated() {
                if let found = first[place] { set(index, found.evidence) }
            }
        }
    }

    /// Where `fact` is in `facts` (ascending), by bisection.
    private static func place(of fact: Int64, in facts: [Int64]) -> Int? {
        var low = 0, high = facts.count
        while low < high {
            let middle = (low + high) / 2
            if facts[middle] < fact { low = middle + 1 } else { high = middle }
        }
        return low < facts.count && facts[low] == fact ? low : nil
    }

    /// The earliest report yet of a fact, its order once a second report made it needed, and its sentence.
    private struct FirstReport {
        var report: Report
        var order: Order?
        var evidence: String
    }

    /// Where a report's sentence is.
    private struct Report {
        var article: Int64
        var start: Int64
        var end: Int64
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
