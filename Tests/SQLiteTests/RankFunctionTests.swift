import Foundation
import SQLite
import Testing

/// `bm25_order` orders full-text matches as FTS5's `bm25` does, on a real FTS5 table.
@Suite("FTS5 rank function", .tags(.medium))
final class RankFunctionTests {
    let directory: URL
    let database: Database

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("RankFunctionTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try Database(path: directory.appendingPathComponent("fts.sqlite").path)
        try database.registerRankFunction()
        try database.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body)")
        // Rows of varied lengths and repetitions, so that bm25 tells them apart.
        let words = ["minister", "met", "defence", "lloyd", "austin", "benny", "gantz", "aid", "talks", "summit", "in", "the"]
        // The k-th word of row `id`, spread by a multiplicative hash: the same rows at every run.
        func text(_ id: Int, _ count: Int, _ salt: Int) -> String {
            (0..<count).map { words[((id * 2_654_435_761 + $0 * 40_503 + salt) >> 7) % words.count] }.joined(separator: " ")
        }
        let insert = try database.prepare("INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)")
        for id in 1...300 {
            // Phrases in some rows, once or twice, in bodies of every length.
            let phrases = (id % 3 == 0 ? " lloyd austin" : "") + (id % 5 == 0 ? " benny gantz" : "") + (id % 7 == 0 ? " lloyd austin" : "")
            try insert.run([.integer(Int64(id)), .text(text(id, 1 + id % 4, 1)), .text(text(id, 3 + (id * 37) % 58, 2) + phrases)])
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static let queries = [
        "austin", "\"lloyd austin\"", "\"benny gantz\"", "minister", "title:summit", "aid*",
        "lloyd AND gantz", "defence OR talks", "\"lloyd austin\" NOT gantz", "NEAR(benny gantz, 3)", "met talks the",
    ]

    @Test("The same rows in the same order as bm25, for queries of one phrase and of several", arguments: queries)
    func sameOrder(_ query: String) throws {
        func ids(_ rank: String) throws -> [Int64] {
            try database.prepare("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY \(rank)(docs), rowid")
                .rows([.text(query)]) { $0.int64(at: 0) }
        }
        let expected = try ids("bm25")
        #expect(!expected.isEmpty)
        #expect(try ids("bm25_order") == expected)
    }

    @Test("With several phrases the values are bm25's, to the last bit", arguments: ["lloyd AND gantz", "defence OR talks", "met talks the"])
    func sameValues(_ query: String) throws {
        let pairs = try database.prepare("SELECT bm25(docs), bm25_order(docs) FROM docs WHERE docs MATCH ?")
            .rows([.text(query)]) { ($0.double(at: 0), $0.double(at: 1)) }
        #expect(!pairs.isEmpty)
        for (bm25, ours) in pairs { #expect(bm25 == ours) }
    }

    @Test("With one phrase the values are bm25's divided by the phrase's weight")
    func onePhrase() throws {
        let pairs = try database.prepare("SELECT bm25(docs), bm25_order(docs) FROM docs WHERE docs MATCH 'austin'")
            .rows { ($0.double(at: 0), $0.double(at: 1)) }
        let ratios = pairs.map { $0.0 / $0.1 }
        #expect(!ratios.isEmpty && ratios.allSatisfy { $0 > 0 && abs($0 - ratios[0]) <= 1e-9 * ratios[0] }, "\(ratios)")
    }
}

