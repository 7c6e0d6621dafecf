import CSQLite
import Foundation

extension Database {
    /// Registers `bm25_order(fts)`, an FTS5 auxiliary function that orders matches as FTS5's own
    /// `bm25(fts)` does (no column weights), without its cost for a query of one phrase.
    ///
    /// `bm25` weighs each phrase by its rarity (its idf), and learns that by running each phrase
    /// of the query a second time over the whole index, counting the rows it matches: a query of
    /// one phrase is matched twice. With one phrase the weight multiplies every row's score alike,
    /// and the order does not depend on it, so `bm25_order` leaves it out and matches once; with
    /// several it counts them as `bm25` does. The values are `bm25`'s (negative, best first)
    /// divided by the phrase's weight when there is one phrase: they are for ordering only.
    ///
    /// <https://www.sqlite.org/fts5.html#custom_auxiliary_functions>
    public func registerRankFunction() throws {
        var api: UnsafeMutablePointer<fts5_api>?
        let statement = try prepare("SELECT fts5(?1)")
        // The pointer's type must outlive the statement: a static string's bytes do.
        let type: StaticString = "fts5_api_ptr"
        let code = withUnsafeMutablePointer(to: &api) { pointer in
            type.utf8Start.withMemoryRebound(to: CChar.self, capacity: type.utf8CodeUnitCount + 1) { name in
                sqlite3_bind_pointer(statement.handle, 1, pointer, name, nil)
            }
        }
        try check(code, sql: statement.sql)
        try statement.step()
        statement.reset()
        guard let api, api.pointee.iVersion >= 2 else {
            throw SQLiteError(extendedCode: SQLITE_ERROR, message: "FTS5 is not available", sql: statement.sql)
        }
        let created = api.pointee.xCreateFunction(api, "bm25_order", nil, bm25Order, nil)
        try check(created, sql: statement.sql)
    }
}

/// What `bm25_order` computes once per query: the average length of a row in tokens and each
/// phrase's weight, laid out as [average, weight 0, weight 1, …, then one frequency per phrase].
private func bm25Data(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer) -> (UnsafeMutablePointer<Double>?, Int32) {
    if let data = api.pointee.xGetAuxdata(fts, 0) {
        return (data.assumingMemoryBound(to: Double.self), 0)
    }
    let phrases = Int(api.pointee.xPhraseCount(fts))
    var rows: Int64 = 0
    var tokens: Int64 = 0
    var code = api.pointee.xRowCount(fts, &rows)
    if code == SQLITE_OK { code = api.pointee.xColumnTotalSize(fts, -1, &tokens) }
    guard code == SQLITE_OK else { return (nil, code) }
    guard let raw = sqlite3_malloc64(UInt64(MemoryLayout<Double>.stride * (1 + 2 * phrases))) else { return (nil, SQLITE_NOMEM) }
    let data = raw.bindMemory(to: Double.self, capacity: 1 + 2 * phrases)
    data[0] = Double(tokens) / Double(max(rows, 1))
    for phrase in 0..<phrases {
        guard phrases > 1 else {
            data[1] = 1
            break
        }
        // As bm25: idf = log((N - n + 0.5) / (n + 0.5)), at least 1e-6, n the rows that match the phrase.
        var hits: Int64 = 0
        code = api.pointee.xQueryPhrase(fts, Int32(phrase), &hits) { _, _, hits in
            hits?.assumingMemoryBound(to: Int64.self).pointee += 1
            return SQLITE_OK
        }
        guard code == SQLITE_OK else {
            sqlite3_free(raw)
            return (nil, code)
        }
        let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
        data[1 + phrase] = idf > 0 ? idf : 1e-6
    }
    code = api.pointee.xSetAuxdata(fts, raw, sqlite3_free)
    return code == SQLITE_OK ? (data, SQLITE_OK) : (nil, code)
}

/// `bm25_order(fts)`: bm25's score of the current row, k1 1.2 and b 0.75 as FTS5's.
private let bm25Order: fts5_extension_function = { api, fts, context, _, _ in
    guard let api, let fts else { return }
    let k1 = 1.2
    let b = 0.75
    let (found, failure) = bm25Data(api, fts)
    guard let data = found else {
        sqlite3_result_error_code(context, failure)
        return
    }
    let phrases = Int(api.pointee.xPhraseCount(fts))
    let frequencies = data + 1 + phrases
    frequencies.update(repeating: 0, count: phrases)
    var instances: Int32 = 0
    var code = api.pointee.xInstCount(fts, &instances)
    var instance: Int32 = 0
    while code == SQLITE_OK && instance < instances {
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        code = api.pointee.xInst(fts, instance, &phrase, &column, &offset)
        if code == SQLITE_OK { frequencies[Int(phrase)] += 1 }
        instance += 1
    }
    var length: Int32 = 0
    if code == SQLITE_OK { code = api.pointee.xColumnSize(fts, -1, &length) }
    guard code == SQLITE_OK else {
        sqlite3_result_error_code(context, code)
        return
    }
    var score = 0.0
    for phrase in 0..<phrases {
        let frequency = frequencies[phrase]
        // Grouped as fts5_aux.c groups it, so that the values are bm25's to the last bit.
        score += data[1 + phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * Double(length) / data[0])))
    }
    sqlite3_result_double(context, -score)
}
