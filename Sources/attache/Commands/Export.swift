import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

extension Attache {
    struct Export: ParsableCommand {
        /// What `export` writes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            /// One JSON object per row of every table, its first field `table`.
            case jsonl
            /// One CSV file per table, into a folder.
            case csv
        }

        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the whole knowledge base out, as JSON Lines or one CSV file per table.",
            discussion: """
                Every row of every table (articles with their full text, people, aliases, roles, \
                meetings, participants, aid, topics, the evidence rows), table by table in the \
                order the schema creates them, each in rowid order. The full-text index is left \
                out: it is rebuilt from articles.

                jsonl (the default) writes one object per row to stdout or to --output FILE: \
                {"table":"meetings","id":1,"date":"2022-05-19",…}, the columns as the database \
                names them (see README, "The database"), integers as numbers, NULL as null. \
                csv writes TABLE.csv for each table into the folder --output DIR (made if \
                missing; files of the same names are replaced), with a header row. --postgres DIR \
                writes a PostgreSQL schema (dates as date, amounts as numeric, flags as boolean), \
                each table's rows as COPY data and DIR/load.sql, which loads them all into an empty \
                database in one transaction: psql -f DIR/load.sql.

                Exit codes: 0 success, 1 the output could not be written, 2 usage error, \
                3 database error.

                Examples:
                  attache export > attache.jsonl
                  attache export --output attache.jsonl
                  attache export --format csv --output attache-csv
                  attache export --postgres attache-pg && psql -d attache -f attache-pg/load.sql
                """
        )

        @Option(help: "jsonl: every row as JSON Lines; csv: one CSV file per table (needs --output DIR).")
        var format: Format = .jsonl

        @Option(name: [.short, .long], help: ArgumentHelp(
            "The file to write (jsonl; default: stdout), or the folder for the CSV files (csv).", valueName: "path"))
        var output: String?

        // Issue 10: a PostgreSQL schema and COPY files (ExportPostgres.swift).
        @Option(help: ArgumentHelp("Write a PostgreSQL schema and COPY files into this folder, loaded by `psql -f DIR/load.sql`.",
                                   valueName: "dir"))
        var postgres: String?

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if postgres != nil, output != nil || format != .jsonl { throw ValidationError("--postgres DIR is a format and a folder of its own: leave out --format and --output") }
            if format == .csv, output == nil { throw ValidationError("--format csv writes one file per table: give the folder with --output DIR") }
        }

        func run() throws {
            let knowledgeBase = try database.open(.readOnly)
            let tables: [String]
            do { tables = try knowledgeBase.exportedTables() } catch { throw Diagnostics.databaseFailure(error, path: database.resolvedPath) }
            let target = postgres ?? output ?? "stdout"
            do {
                try knowledgeBase.snapshot {
                    if let postgres { return try exportPostgres(to: postgres, from: knowledgeBase) }
                    switch format {
                    case .jsonl:
                        let sink = try OutputFile(path: output)
                        for table in tables { try exportLines(table, from: knowledgeBase, to: sink) }
                        try sink.close()
                    case .csv:
                        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
                        for table in tables {
                            let sink = try OutputFile(path: (target as NSString).appendingPathComponent(table + ".csv"))
                            try exportCSV(table, from: knowledgeBase, to: sink)
                            try sink.close()
                        }
                    }
                }
            } catch let error as OutputFile.Failure {
                Diagnostics.error(error.path, error.reason)
                throw ExitCode.inputFailed
            } catch let error as CocoaError {
                Diagnostics.error(target, error.localizedDescription)
                throw ExitCode.inputFailed
            } catch {
                throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
            }
        }

        private func exportLines(_ table: String, from knowledgeBase: KnowledgeBase, to sink: OutputFile) throws {
            var names: [String] = []
            try knowledgeBase.export(table: table, header: { names = $0 }) { values in
                let fields = zip(names, values).map { JSONValue.quote($0) + ":" + JSONValue($1).json }
                try sink.write("{\"table\":" + JSONValue.quote(table) + (fields.isEmpty ? "" : ",") + fields.joined(separator: ",") + "}\n")
            }
        }

        private func exportCSV(_ table: String, from knowledgeBase: KnowledgeBase, to sink: OutputFile) throws {
            try knowledgeBase.export(table: table, header: { try sink.write(CSVRenderer.record($0)) }) { values in
                try sink.write(CSVRenderer.record(values.map { JSONValue($0).text }))
            }
        }
    }
}
