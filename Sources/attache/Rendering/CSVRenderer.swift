/// RFC 4180 CSV: a header row, then one record per row; fields holding a comma, a quote or a
/// line break are quoted, quotes doubled; records end with CRLF as the RFC asks.
///
/// <https://www.rfc-editor.org/rfc/rfc4180>
enum CSVRenderer {
    static func render<Row>(_ rows: [Row], columns: [Column<Row>]) -> String {
        var text = record(columns.map(\.name))
        for row in rows { text += record(columns.map { $0.value(row).text }) }
        return text
    }

    static func record(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
