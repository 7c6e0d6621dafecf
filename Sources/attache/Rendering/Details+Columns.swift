import KnowledgeBase

extension SourceRow: TabularRow {
    static let columns: [Column<SourceRow>] = [
        Column("article_id", numeric: true) { .integer($0.articleID) },
        Column("source") { .string($0.source) },
        Column("published_on") { .string($0.publishedOn) },
        Column("title") { .string($0.title) },
        Column("evidence") { .string($0.evidence) },
        Column("start", numeric: true) { .integer(Int64($0.start)) },
        Column("end", numeric: true) { .integer(Int64($0.end)) },
    ]

    /// At a terminal: which article, and the sentence; the title and offsets are in json.
    static let tableColumns: [Column<SourceRow>] = columns.filter { ["article_id", "source", "published_on", "evidence"].contains($0.name) }
}

extension ParticipantRow: TabularRow {
    static let columns: [Column<ParticipantRow>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("name") { .string($0.name) },
        Column("role") { .string($0.role) },
        Column("title") { .string($0.title) },
        Column("country") { .string($0.country) },
    ]

    static let tableColumns = columns
}

extension ReportedFact: TabularRow {
    static let columns: [Column<ReportedFact>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("date") { .string($0.date) },
        Column("evidence") { .string($0.evidence) },
        Column("start", numeric: true) { .integer(Int64($0.start)) },
        Column("end", numeric: true) { .integer(Int64($0.end)) },
    ]

    static let tableColumns: [Column<ReportedFact>] = columns.filter { $0.name != "start" && $0.name != "end" }
}

extension MeetingDetail: TabularRow {
    static let columns: [Column<MeetingDetail>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("date") { .string($0.date) },
        Column("date_precision") { .string($0.datePrecision) },
        Column("location") { .string($0.location) },
        Column("location_country") { .string($0.locationCountry) },
        Column("mode") { .string($0.mode) },
        Column("status") { .string($0.status) },
        Column("participants") { .objects($0.participants) },
        Column("topics") { .strings($0.topics) },
        Column("sources") { .objects($0.sources) },
    ]

    static let tableColumns = columns

    /// The meeting's fields, then its participants and its sources as tables.
    var table: String {
        [OutputFormat.table.renderRecord(self, lists: ["participants", "sources"]),
         OutputFormat.table.render(participants), OutputFormat.table.render(sources)].joined(separator: "\n")
    }
}

extension AidDetail: TabularRow {
    static let columns: [Column<AidDetail>] = [
        Column("id", numeric: true) { .integer($0.row.id) },
        Column("date") { .string($0.row.date) },
        Column("date_precision") { .string($0.datePrecision) },
        Column("donor") { .string($0.row.donor) },
        Column("recipient") { .string($0.row.recipient) },
        Column("amount", numeric: true) { .integer($0.row.amount) },
        Column("currency") { .string($0.row.currency) },
        Column("amount_text") { .string($0.amountText) },
        Column("kind") { .string($0.row.kind) },
        Column("cumulative") { .bool($0.row.cumulative) },
        Column("sources") { .objects($0.sources) },
    ]

    static let tableColumns = columns

    /// The commitment's fields, then its sources as a table.
    var table: String {
        [OutputFormat.table.renderRecord(self, lists: ["sources"]), OutputFormat.table.render(sources)].joined(separator: "\n")
    }
}

extension ArticleDetail: TabularRow {
    static let columns: [Column<ArticleDetail>] = [
        Column("id", numeric: true) { .integer($0.id) },
        Column("source") { .string($0.source) },
        Column("origin") { .string($0.origin) },
        Column("title") { .string($0.title) },
        Column("published_on") { .string($0.publishedOn) },
        Column("content_hash") { .string($0.contentHash) },
        Column("ingested_at") { .string($0.ingestedAt) },
        Column("topics") { .strings($0.topics) },
        Column("meetings") { .objects($0.meetings) },
        Column("aid") { .objects($0.aid) },
        Column("body") { .string($0.body) },
    ]

    static let tableColumns = columns

    /// The article's fields, the meetings and commitments it reports as tables, then its body
    /// as it was written, line breaks kept.
    var table: String {
        var sections = [OutputFormat.table.renderRecord(self, lists: ["meetings", "aid", "body"])]
        if !meetings.isEmpty { sections.append(OutputFormat.table.render(meetings, columns: ReportedFact.columns,
                                                                         tableColumns: Self.named("meeting", ReportedFact.tableColumns))) }
        if !aid.isEmpty { sections.append(OutputFormat.table.render(aid, columns: ReportedFact.columns,
                                                                    tableColumns: Self.named("aid", ReportedFact.tableColumns))) }
        sections.append(body.hasSuffix("\n") ? body : body + "\n")
        return sections.joined(separator: "\n")
    }

    /// `columns` with the id column headed `name` ("meeting", "aid"), so each table says what it lists.
    private static func named(_ name: String, _ columns: [Column<ReportedFact>]) -> [Column<ReportedFact>] {
        columns.map { $0.name == "id" ? Column(name, numeric: true) { .integer($0.id) } : $0 }
    }
}
