/// A JSON array with one object per line, `[{…},\n {…}]`, or `[]` when empty: valid JSON that
/// still reads and greps line by line.
enum JSONRenderer {
    static func render<Row>(_ rows: [Row], columns: [Column<Row>]) -> String {
        guard !rows.isEmpty else { return "[]\n" }
        return "[" + rows.map { JSONLinesRenderer.object($0, columns: columns) }.joined(separator: ",\n ") + "]\n"
    }
}
