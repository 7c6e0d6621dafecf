/// One field of a rendered row: its name (the JSON key and the csv and table header), how to
/// read it from a row, and its alignment.
struct Column<Row>: Sendable {
    let name: String
    /// Numbers are right-aligned in tables.
    let isNumeric: Bool
    let value: @Sendable (Row) -> JSONValue

    init(_ name: String, numeric: Bool = false, _ value: @escaping @Sendable (Row) -> JSONValue) {
        self.name = name
        self.isNumeric = numeric
        self.value = value
    }
}

/// A row type the renderers can print.
protocol TabularRow {
    /// Every field, in the documented order: the keys of json and jsonl, the columns of csv.
    static var columns: [Column<Self>] { get }
    /// The fields a table shows at a terminal.
    static var tableColumns: [Column<Self>] { get }
}

extension OutputFormat {
    /// `rows` in this format, ending with a newline unless empty.
    func render<Row: TabularRow>(_ rows: [Row]) -> String {
        render(rows, columns: Row.columns, tableColumns: Row.tableColumns)
    }

    /// `rows` in this format with these columns: `tableColumns` for a table (fitted to the
    /// terminal's width), `columns` for the others.
    func render<Row>(_ rows: [Row], columns: [Column<Row>], tableColumns: [Column<Row>]? = nil) -> String {
        switch self {
        case .table: return TableRenderer.render(rows, columns: tableColumns ?? columns, width: Terminal.width)
        case .json: return JSONRenderer.render(rows, columns: columns)
        case .jsonl: return JSONLinesRenderer.render(rows, columns: columns)
        case .csv: return CSVRenderer.render(rows, columns: columns)
        }
    }
}
