import Foundation
import SQLite
import Testing

/// Reading byte ranges of a text column row after row through one blob handle.
@Suite("Blob reader", .tags(.medium))
final class BlobReaderTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("BlobReaderTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @Test("Ranges of bytes of several rows, in any order, read as the text substr() gives for the same bytes; long values past one page")
    func readsRanges() throws {
        let database = try Database(path: directory.appendingPathComponent("blob.sqlite").path)
        try database.execute("PRAGMA page_size = 1024")
        try database.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT, n INTEGER)")
        let long = String(repeating: "Błaszczak met Lenarčič in 中国. ", count: 400)
        let bodies: [Int64: String] = [1: "Gantz met Austin. Then they left.", 2: "Ünïcödé — 👩‍👩‍👧 and more.", 7: long]
        for (id, body) in bodies { try database.execute("INSERT INTO t VALUES (?, ?, 5)", [.integer(id), .text(body)]) }
        let reader = BlobReader(database: database, table: "t", column: "body")
        defer { reader.close() }
        for id in [Int64(2), 1, 7, 7, 1] {
            let bytes = Array(bodies[id]!.utf8)
            #expect(try reader.byteCount(rowid: id) == bytes.count)
            for (offset, count) in [(0, bytes.count), (0, 0), (1, 3), (bytes.count - 4, 4)] {
                let expected = try database.scalarText(
                    "SELECT CAST(substr(CAST(body AS BLOB), ?2 + 1, ?3) AS TEXT) FROM t WHERE id = ?1",
                    [.integer(id), .integer(Int64(offset)), .integer(Int64(count))]) ?? ""
                #expect(try reader.text(rowid: id, offset: offset, count: count) == expected, "\(id) \(offset) \(count)")
            }
        }
        // The range of a sentence cut out by its characters, as migration 0011 stores it.
        let start = 18, length = 15
        let (offset, count) = try #require(try database.prepare("""
            SELECT length(CAST(substr(body, 1, ?2) AS BLOB)), length(CAST(substr(body, ?2 + 1, ?3) AS BLOB)) FROM t WHERE id = ?1
            """).rows([.integer(2), .integer(Int64(start)), .integer(Int64(length))]) { ($0.int(at: 0), $0.int(at: 1)) }.first)
        #expect(try reader.text(rowid: 2, offset: offset, count: count)
                == database.scalarText("SELECT substr(body, 19, 15) FROM t WHERE id = 2"))
    }

    @Test("A missing row, a range past the end and a value that is no text fail with an error, and the next read works")
    func failures() throws {
        let database = try Database(path: directory.appendingPathComponent("blob.sqlite").path)
        try database.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)")
        try database.execute("INSERT INTO t VALUES (1, 'Gantz met Austin.'), (2, NULL)")
        let reader = BlobReader(database: database, table: "t", column: "body")
        #expect(throws: SQLiteError.self) { try reader.text(rowid: 9, offset: 0, count: 1) }
        #expect(try reader.text(rowid: 1, offset: 0, count: 5) == "Gantz")
        #expect(throws: SQLiteError.self) { try reader.text(rowid: 1, offset: 10, count: 50) }
        #expect(throws: SQLiteError.self) { try reader.text(rowid: 1, offset: -1, count: 2) }
        #expect(throws: SQLiteError.self) { try reader.text(rowid: 2, offset: 0, count: 1) }
        reader.close()
        #expect(try reader.text(rowid: 1, offset: 6, count: 3) == "met")
        reader.close()
        // Closed, it holds no cursor: the table can be dropped.
        try database.execute("DROP TABLE t")
    }
}
