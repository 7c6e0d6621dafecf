import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

extension Attache.Export {
    /// `export --postgres DIR`: the knowledge base as a PostgreSQL load script. DIR gets
    /// `schema.sql` (the tables), `data/TABLE.copy` (each table's rows as a `COPY … FROM stdin`
    /// block, the form pg_dump writes), `constraints.sql` (identity sequences, foreign keys,
    /// indexes and views) and `load.sql`, which runs them in one transaction: `psql -f DIR/load.sql`.
    func exportPostgres(to directory: String, from knowledgeBase: KnowledgeBase) throws {
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        let schema = try knowledgeBase.postgreSQLSchema()
        try write("""
            -- The tables of an Attache knowledge base, for PostgreSQL (attache export --postgres).
            -- Load the whole folder with: psql -f load.sql

            \(schema.createTables)
            """, to: directory + "/schema.sql")
        try write(schema.afterData, to: directory + "/constraints.sql")
        var load = """
            -- Loads an Attache knowledge base into an empty PostgreSQL database, in one transaction:
            --   createdb attache && psql -d attache -f load.sql
            \\set ON_ERROR_STOP on
            BEGIN;
            \\ir schema.sql

            """
        for table in schema.tables {
            let sink = try OutputFile(path: "\(directory)/data/\(table.name).copy")
            let names = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
            try sink.write("COPY \"\(table.name)\" (\(names)) FROM stdin;\n")
            try knowledgeBase.export(table: table.name, header: { _ in }) { values in
                let fields = zip(values, table.columns).map { PostgreSQLSchema.copyField($0, as: $1.type) }
                try sink.write(fields.joined(separator: "\t") + "\n")
            }
            try sink.write("\\.\n")
            try sink.close()
            load += "\\ir data/\(table.name).copy\n"
        }
        load += "\\ir constraints.sql\nCOMMIT;\nANALYZE;\n"
        try write(load, to: directory + "/load.sql")
    }

    private func write(_ text: String, to path: String) throws {
        let sink = try OutputFile(path: path)
        try sink.write(text)
        try sink.close()
    }
}
