/// One of the reference data files (`ReferenceData/*.tsv`): a comment line naming its source,
/// a header row, then tab-separated rows; several values in one cell are separated by ";".
struct ReferenceTable: Sendable {
    let columns: [String]
    let rows: [[String]]

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
        let header = lines.isEmpty ? [] : lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        columns = header
        rows = lines.map { line in
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while cells.count < header.count { cells.append("") }
            return cells
        }
    }

    /// The table embedded under `name`, or an empty table.
    static func named(_ name: String) -> ReferenceTable {
        ReferenceTable(EmbeddedReferenceData.files[name] ?? "")
    }

    /// The cell of `column` in `row`.
    func cell(_ row: [String], _ column: String) -> String {
        guard let index = columns.firstIndex(of: column), index < row.count else { return "" }
        return row[index]
    }

    /// The ";"-separated values of `column` in `row`.
    func values(_ row: [String], _ column: String) -> [String] {
        cell(row, column).split(separator: ";").map { String($0) }.filter { !$0.isEmpty }
    }
}
