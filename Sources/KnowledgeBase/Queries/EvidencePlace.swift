import SQLite

/// Where a fact's evidence sentence is, as the fact's row keeps it (migration 0011): the article of
/// its earliest report (the report `FirstEvidence` and the `*_list` views choose), and the sentence's
/// offset and length in that article's body, in bytes of its UTF-8.
///
/// A list reads the places with its rows and the sentences after them, each with SQLite's
/// incremental blob I/O, which reads the sentence's bytes alone: `substr(body, …)` copies the whole
/// body first (issue 7: `aid --format json` searched each fact's reports, then its article, then
/// copied the body, two thirds of its time).
struct EvidencePlace {
    var article: Int64
    var offset: Int
    var count: Int

    /// The place in the three columns from `column` of `statement` (article, offset, bytes); nil
    /// when the fact has no report.
    init?(_ statement: Statement, at column: Int32) {
        guard !statement.isNull(at: column) else { return nil }
        article = statement.int64(at: column)
        offset = statement.int(at: column + 1)
        count = statement.int(at: column + 2)
    }

    /// The columns a statement selects for `init(_:at:)`, of the fact's row `alias`.
    static func columns(of alias: String) -> String {
        "\(alias).evidence_article, \(alias).evidence_offset, \(alias).evidence_bytes"
    }

    /// Sets (through `set`, by index) the sentence at each of `places` that is not nil.
    ///
    /// The sentences are read in the order of their articles' ids, so that the articles' b-tree is
    /// walked forwards rather than searched from its root at random, and two facts of one article
    /// read it once.
    static func read(_ places: [EvidencePlace?], in database: Database, set: (Int, String) -> Void) throws {
        // (article, index) pairs, sorted as pairs of integers, not through the optional places.
        var order: [(article: Int64, index: Int)] = []
        order.reserveCapacity(places.count)
        for index in places.indices { if let place = places[index] { order.append((place.article, index)) } }
        guard !order.isEmpty else { return }
        order.sort { $0 < $1 }
        let reader = BlobReader(database: database, table: "articles", column: "body")
        // The handle holds a cursor until it is closed: closed before the caller's read transaction ends.
        defer { reader.close() }
        for (_, index) in order {
            guard let place = places[index] else { continue }
            do {
                set(index, try reader.text(rowid: place.article, offset: place.offset, count: place.count))
            } catch let error as SQLiteError where error.code == 1 {
                // SQLITE_ERROR: the article is not there, or its body is shorter than the place, which
                // only a file written with foreign keys off can hold (migration 0011's triggers keep the
                // place otherwise). The row is listed without evidence, as a dangling report never gave any.
                continue
            }
        }
    }
}
