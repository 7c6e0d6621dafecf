import KnowledgeBase

extension MeetingRow: TabularRow {
    static let columns: [Column<MeetingRow>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("date") { .string($0.date) },
        Column("date_precision") { .string($0.datePrecision) },
        Column("location") { .string($0.location) },
        Column("mode") { .string($0.mode) },
        Column("status") { .string($0.status) },
        Column("participants") { .strings($0.participants) },
        Column("topics") { .strings($0.topics) },
        Column("evidence") { .string($0.evidence) },
    ]

    /// The table leaves out the evidence sentence, and shows a date no finer than its precision.
    static let tableColumns: [Column<MeetingRow>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("date") { row in
            switch row.datePrecision {
            case "month": return .string(String(row.date.prefix(7)))
            case "year": return .string(String(row.date.prefix(4)))
            case "unknown": return .string("?")
            default: return .string(row.date)
            }
        },
        Column("location") { .string($0.location) },
        Column("mode") { .string($0.mode) },
        Column("status") { .string($0.status) },
        Column("participants") { .strings($0.participants) },
        Column("topics") { .strings($0.topics) },
    ]
}

extension AidRow: TabularRow {
    static let columns: [Column<AidRow>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("date") { .string($0.date) },
        Column("donor") { .string($0.donor) },
        Column("recipient") { .string($0.recipient) },
        Column("amount", numeric: true) { .integer($0.amount) },
        Column("currency") { .string($0.currency) },
        Column("kind") { .string($0.kind) },
        Column("cumulative") { .bool($0.cumulative) },
        Column("evidence") { .string($0.evidence) },
    ]

    /// The table leaves out the evidence sentence and says yes or no for cumulative.
    static let tableColumns: [Column<AidRow>] = columns.dropLast().map { column in
        column.name != "cumulative" ? column : Column("cumulative") { .string($0.cumulative ? "yes" : "no") }
    }
}

extension AidTotal: TabularRow {
    static let columns: [Column<AidTotal>] = [
        Column("currency") { .string($0.currency) },
        Column("total", numeric: true) { .integer($0.amount) },
        Column("commitments", numeric: true) { .integer(Int64($0.commitments)) },
    ]

    static let tableColumns = columns
}
