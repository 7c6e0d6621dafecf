import KnowledgeBase

extension AidGroup {
    /// The fields of a group row; the first is named after the grouping (`month`, `donor`…).
    static func columns(named key: String) -> [Column<AidGroup>] {
        [
            Column(key) { .string($0.key) },
            Column("currency") { .string($0.currency) },
            Column("total", numeric: true) { .integer($0.total) },
            Column("commitments", numeric: true) { .integer(Int64($0.commitments)) },
            Column("running_totals", numeric: true) { .integer(Int64($0.runningTotals)) },
            Column("largest_running_total", numeric: true) { $0.largestRunningTotal.map(JSONValue.integer) ?? .null },
        ]
    }
}
