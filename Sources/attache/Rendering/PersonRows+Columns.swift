import KnowledgeBase

extension PersonRow: TabularRow {
    static let columns: [Column<PersonRow>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("name") { .string($0.name) },
        Column("country") { .string($0.country) },
        Column("title") { .string($0.title) },
        Column("meetings", numeric: true) { .integer(Int64($0.meetings)) },
        Column("aliases") { .strings($0.aliases) },
    ]

    static let tableColumns = columns
}

extension RoleRow: TabularRow {
    static let columns: [Column<RoleRow>] = [
        Column("title") { .string($0.title) },
        Column("country") { .string($0.country) },
        Column("first_seen") { .string($0.firstSeen) },
        Column("last_seen") { .string($0.lastSeen) },
        Column("source") { .string($0.source) },
    ]

    static let tableColumns = columns
}

extension CounterpartRow: TabularRow {
    static let columns: [Column<CounterpartRow>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("name") { .string($0.name) },
        Column("country") { .string($0.country) },
        Column("meetings", numeric: true) { .integer(Int64($0.meetings)) },
    ]

    /// A table headed "counterpart" rather than "name", as it follows the person's own row.
    static let tableColumns: [Column<CounterpartRow>] = columns.map { column in
        column.name == "name" ? Column("counterpart") { .string($0.name) } : column
    }
}

extension TopicCount: TabularRow {
    static let columns: [Column<TopicCount>] = [
        Column("topic") { .string($0.topic) },
        Column("meetings", numeric: true) { .integer(Int64($0.meetings)) },
    ]

    static let tableColumns = columns
}

extension PersonProfile: TabularRow {
    /// The person's own fields, then each list as an array of objects with its rows' fields.
    static let columns: [Column<PersonProfile>] = PersonRow.columns.map { column in
        Column(column.name, numeric: column.isNumeric) { column.value($0.person) }
    } + [
        Column("roles") { .objects($0.roles) },
        Column("counterparts") { .objects($0.counterparts) },
        Column("topics") { .objects($0.topics) },
        Column("aid") { .objects($0.aid) },
        Column("aid_commitments", numeric: true) { .integer(Int64($0.aidCommitments)) },
    ]

    static let tableColumns = columns

    /// The table: the person's row, then one table per non-empty list (roles, counterparts,
    /// topics, aid), separated by blank lines; under the aid, a line saying how many it left out.
    var table: String {
        var sections = [OutputFormat.table.render([person])]
        if !roles.isEmpty { sections.append(OutputFormat.table.render(roles)) }
        if !counterparts.isEmpty { sections.append(OutputFormat.table.render(counterparts)) }
        if !topics.isEmpty { sections.append(OutputFormat.table.render(topics)) }
        if !aid.isEmpty { sections.append(OutputFormat.table.render(aid)) }
        if aid.count < aidCommitments, let country = person.country {
            sections.append("The \(aid.count) latest of \(aidCommitments) commitments \(country) gave or received; "
                + "`attache aid --donor \(country)` and `attache aid --recipient \(country)` list them all.\n")
        }
        return sections.joined(separator: "\n")
    }
}

extension JSONValue {
    /// Rows as an array of objects, each with every field of its row type, in order.
    static func objects<Row: TabularRow>(_ rows: [Row]) -> JSONValue {
        .array(rows.map { row in .object(Row.columns.map { ($0.name, $0.value(row)) }) })
    }
}
