import Foundation
import SQLite
import Testing

/// Names, filters and text that look like SQL, LIKE patterns or FTS5 syntax are data: they match
/// only what they literally say, and never change the knowledge base.
@Suite("Hostile input is treated as data", .tags(.large))
final class HostileInputTests {
    let workspace = Workspace()

    /// Quotes, LIKE wildcards, statement ends, comments, injections, FTS5 syntax. The library
    /// level (ReliabilityTests) tries a longer list without starting a process for each.
    static let hostile = [
        "O'Brien", "\"Gantz\" OR 1", "%", "G_ntz", "IL%", "U_", "'; DROP TABLE meetings; --", "Gantz' OR '1'='1", "--",
        "NEAR(Gantz Austin)",
    ]

    init() throws {
        try workspace.copySeed()
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "seed.txt")
        #expect(run.status == 0, "\(run)")
    }

    /// Row counts of the tables a query must never change.
    private func counts() throws -> [Int64?] {
        let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
        return try ["articles", "people", "person_aliases", "meetings", "meeting_participants", "aid_commitments"].map {
            try database.scalarInt("SELECT count(*) FROM \($0)")
        }
    }

    @Test("meetings --person, aid --donor and aid --recipient match hostile text literally: nothing, and no change",
          arguments: hostile)
    func filters(value: String) throws {
        let before = try counts()
        // --option=value, so that a value such as "--" is not read as an option.
        for arguments in [["meetings", "--person=\(value)"], ["aid", "--donor=\(value)"], ["aid", "--recipient=\(value)"]] {
            let run = try workspace.attache([arguments[0], "--db", "kb.sqlite", "--format", "json"] + arguments.dropFirst())
            #expect(run.status == 0, "\(arguments): \(run)")
            #expect(run.stdout == "[]\n", "\(arguments) matched something")
        }
        #expect(try counts() == before)
    }

    @Test("The same filters with plain values still match, so the empty results above mean something")
    func plainValuesMatch() throws {
        let meetings = try workspace.attache("meetings", "--db", "kb.sqlite", "--format", "json", "--person", "gantz")
        #expect(try jsonArray(meetings.stdout).count == 2)
        let aid = try workspace.attache("aid", "--db", "kb.sqlite", "--format", "json", "--donor", "us", "--recipient", "IL")
        #expect(try jsonArray(aid.stdout).count == 1)
    }

    @Test("Titles, sources and file names that look like SQL are stored verbatim")
    func storedVerbatim() throws {
        let title = "Robert'); DROP TABLE articles;-- 100% \"_\""
        let origin = "https://example.org/?q=1' OR '1'='1"
        let name = "it's \"quoted\"; DROP TABLE people; --.txt"
        try workspace.write(name, "date 2023-01-10\ntitle \(title)\nsource \(origin)\n\nNorwegian Foreign Minister Ingrid "
            + "Solberg met Polish Foreign Minister Tomasz Nowicki in Oslo on Tuesday.")
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", name)
        #expect(run.status == 0, "\(run)")
        let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
        let row = try database.prepare("SELECT title, origin, source FROM articles WHERE id = 2")
            .rows { [$0.text(at: 0), $0.text(at: 1), $0.text(at: 2)] }
        #expect(row == [[title, origin, name]])
        #expect(try counts().allSatisfy { ($0 ?? 0) > 0 })
    }
}
