/// One record at a terminal, as a table of two columns, field and value, the value wrapped to
/// the terminal's width: for `show`, `stats` and `db migrate`.
enum RecordRenderer {
    /// One field of the record, as its table row.
    struct Field {
        let name: String
        let value: String
    }

    static let columns: [Column<Field>] = [Column("field") { .string($0.name) }, Column("value") { .string($0.value) }]

    /// `row`'s `columns`, one per line.
    static func render<Row>(_ row: Row, columns: [Column<Row>]) -> String {
        let fields = columns.map { Field(name: $0.name, value: $0.value(row).text) }
        return TableRenderer.render(fields, columns: Self.columns, width: Terminal.width)
    }
}

extension OutputFormat {
    /// One record: a field-and-value table followed by a table per non-empty list for
    /// `table`, the record with its lists as arrays of objects otherwise.
    func renderRecord<Row: TabularRow>(_ record: Row, lists: [String] = []) -> String {
        guard self == .table else { return render([record]) }
        return RecordRenderer.render(record, columns: Row.tableColumns.filter { !lists.contains($0.name) })
    }
}
