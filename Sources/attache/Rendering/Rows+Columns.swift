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
        Column("date") { .string(shown($0.date, precision: $0.datePrecision)) },
        Column("location") { .string($0.location) },
        Column("mode") { .string($0.mode) },
        Column("status") { .string($0.status) },
        Column("participants") { .strings($0.participants) },
        Column("topics") { .strings($0.topics) },
    ]
}

extension MeetingRow {
    /// Every field, then `sources`: in json and jsonl a list of objects, in csv the distinct
    /// sentences joined with " | ".
    static func columnsWithSources(for format: OutputFormat) -> [Column<MeetingRow>] {
        columns + [format == .csv
            ? Column("sources") { .string($0.evidenceSentences.joined(separator: " | ")) }
            : Column("sources") { .objects($0.sources ?? []) }]
    }

    /// The table's columns, then `evidence`: every distinct sentence that reports the meeting.
    static let tableColumnsWithEvidence: [Column<MeetingRow>] = tableColumns + [
        Column("evidence") { .string($0.evidenceSentences.joined(separator: " | ")) }
    ]

    /// The sentences of the sources, each once, earliest article first.
    var evidenceSentences: [String] {
        var seen: Set<String> = []
        return (sources ?? []).map(\.evidence).filter { seen.insert($0).inserted }
    }
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
        // Added after the fields first published, so that csv columns keep their places.
        Column("date_precision") { .string($0.datePrecision) },
    ]

    /// The table leaves out the evidence sentence and the date's precision, says yes or no for
    /// cumulative, and shows a date no finer than its precision.
    static let tableColumns: [Column<AidRow>] = columns.filter { $0.name != "evidence" && $0.name != "date_precision" }.map { column in
        switch column.name {
        case "cumulative": return Column("cumulative") { .string($0.cumulative ? "yes" : "no") }
        case "date": return Column("date") { .string(shown($0.date, precision: $0.datePrecision)) }
        default: return column
        }
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

/// `date` (`YYYY-MM-DD`) no finer than `precision`: `2022-07` for a month, `?` when unknown.
func shown(_ date: String, precision: String) -> String {
    switch precision {
    case "month": return String(date.prefix(7))
    case "year": return String(date.prefix(4))
    case "unknown": return "?"
    default: return date
    }
}
