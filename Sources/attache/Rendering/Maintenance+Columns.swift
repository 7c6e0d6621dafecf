import KnowledgeBase

extension Statistics: TabularRow {
    static let columns: [Column<Statistics>] = [
        Column("articles", numeric: true) { .integer(Int64($0.articles)) },
        Column("people", numeric: true) { .integer(Int64($0.people)) },
        Column("meetings", numeric: true) { .integer(Int64($0.meetings)) },
        Column("aid_commitments", numeric: true) { .integer(Int64($0.aidCommitments)) },
        Column("topics", numeric: true) { .integer(Int64($0.topics)) },
        Column("meeting_reports", numeric: true) { .integer(Int64($0.meetingReports)) },
        Column("aid_reports", numeric: true) { .integer(Int64($0.aidReports)) },
        Column("first_article") { .string($0.firstArticle) },
        Column("last_article") { .string($0.lastArticle) },
        Column("first_meeting") { .string($0.firstMeeting) },
        Column("last_meeting") { .string($0.lastMeeting) },
        Column("first_aid") { .string($0.firstAid) },
        Column("last_aid") { .string($0.lastAid) },
        Column("schema_version", numeric: true) { .integer(Int64($0.schemaVersion)) },
        Column("size_bytes", numeric: true) { .integer($0.sizeBytes) },
    ]

    static let tableColumns = columns
}

extension CheckRow: TabularRow {
    static let columns: [Column<CheckRow>] = [
        Column("check") { .string($0.check) },
        Column("ok") { .bool($0.ok) },
        Column("detail") { .string($0.detail) },
    ]

    static let tableColumns: [Column<CheckRow>] = columns.map { column in
        column.name != "ok" ? column : Column("ok") { .string($0.ok ? "yes" : "no") }
    }
}

extension MigrationReport: TabularRow {
    static let columns: [Column<MigrationReport>] = [
        Column("path") { .string($0.path) },
        Column("from_version", numeric: true) { .integer(Int64($0.fromVersion)) },
        Column("to_version", numeric: true) { .integer(Int64($0.toVersion)) },
        Column("applied") { .strings($0.applied) },
    ]

    static let tableColumns = columns
}
