import KnowledgeBase

extension SearchHit: TabularRow {
    static let columns: [Column<SearchHit>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("date") { .string($0.date) },
        Column("source") { .string($0.source) },
        Column("title") { .string($0.title) },
        Column("snippet") { .string($0.snippet) },
    ]

    static let tableColumns = columns
}
