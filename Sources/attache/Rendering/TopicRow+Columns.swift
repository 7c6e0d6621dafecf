import KnowledgeBase

extension TopicRow: TabularRow {
    static let columns: [Column<TopicRow>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("name") { .string($0.name) },
        Column("parent") { .string($0.parent) },
        Column("meetings", numeric: true) { .integer(Int64($0.meetings)) },
        Column("articles", numeric: true) { .integer(Int64($0.articles)) },
    ]

    static let tableColumns = columns
}
