/// Padded columns for a terminal: a header, a dashed rule under it, numbers right-aligned.
///
/// ```
/// id  date        location     mode
/// --  ----------  -----------  ---------
///  1  2022-05-18  White House  in_person
/// ```
enum TableRenderer {
    static let gap = "  "

    static func render<Row>(_ rows: [Row], columns: [Column<Row>]) -> String {
        let cells = rows.map { row in columns.map { clean($0.value(row).text) } }
        let widths = columns.indices.map { index in
            cells.reduce(columns[index].name.count) { max($0, $1[index].count) }
        }
        var lines = [line(columns.map(\.name), columns, widths), line(widths.map { String(repeating: "-", count: $0) }, columns, widths)]
        lines += cells.map { line($0, columns, widths) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line<Row>(_ values: [String], _ columns: [Column<Row>], _ widths: [Int]) -> String {
        var text = ""
        for (index, value) in values.enumerated() {
            let padding = String(repeating: " ", count: widths[index] - value.count)
            if index > 0 { text += gap }
            text += columns[index].isNumeric ? padding + value : value + padding
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// A cell holds one line: line breaks and tabs become spaces.
    private static func clean(_ value: String) -> String {
        guard value.contains(where: { $0.isNewline || $0 == "\t" }) else { return value }
        return String(value.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
