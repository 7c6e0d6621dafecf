import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

@Suite("Migration 0002: what resolution looks people up by", .tags(.medium))
final class ResolutionMigrationTests {
    let directory = TemporaryDirectory()

    @Test("People written under schema 1 get a name form each, and are found again by a later ingest")
    func backfillsPersonNames() throws {
        let path = directory.path("kb.sqlite")
        let first = Migrator(migrations: Array(Migrator.embedded.migrations.prefix(1)))
        do {
            let database = try Database(path: path)
            try first.migrate(database)
            try database.execute("""
                INSERT INTO people (name, surname_folded, country) VALUES
                    ('Benny Gantz', 'gantz', NULL), ('J. Sullivan', 'sullivan', NULL), ('Sukarno', 'sukarno', NULL)
                """)
        }
        let knowledgeBase = try KnowledgeBase.open(path: path)
        #expect(try knowledgeBase.schemaVersion() == Migrator.embedded.newestVersion)
        let forms = try knowledgeBase.database.prepare(
            "SELECT person_id || ':' || given_folded || ':' || surname_folded || ':' || country FROM person_names ORDER BY person_id")
            .rows { $0.text(at: 0) ?? "" }
        #expect(forms == ["1:benny:gantz:", "2:j:sullivan:", "3::sukarno:"])

        var report = HandReport("later", "2022-05-20")
        report = report.people(report.person("Benjamin Gantz", "IL"))
        try report.ingest(into: knowledgeBase)
        #expect(try knowledgeBase.people().map(\.identification) == ["Benjamin Gantz (IL)", "J. Sullivan", "Sukarno"])
    }
}
