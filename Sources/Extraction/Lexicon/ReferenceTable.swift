/// One of the reference data files (`ReferenceData/*.tsv`): a comment line naming its source,
/// a header row, then tab-separated rows; several values in one cell are separated by ";".
struct ReferenceTable: Sendable {
    let columns: [String]
    let rows: [[String]]

    init(_ text: String) {
        // Split on UTF-8 bytes ("\n", "\t", ";" and "#" are ASCII, never inside a multi-byte scalar), not
        // on Characters, which would segment 100 KB of text into graphemes to find them; read where the text lies
        // (an embedded literal's bytes), each cell made straight from its bytes, with no array of a line or a cell between.
        var text = text
        (columns, rows) = text.withUTF8(Self.parse)
    }

    /// The header's cells and the rows' (each padded with "" to the header's count), skipping empty lines and comments.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (columns: [String], rows: [[String]]) {
        var header: [String]?
        var rows: [[String]] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start, bytes[start] != 0x23 {
                var cells: [String] = []
                cells.reserveCapacity(header?.count ?? 8)
                var cellStart = start
                for k in start...end where k == end || bytes[k] == 0x09 {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<k]), as: UTF8.self))
                    cellStart = k + 1
                }
                if let header {
                    while cells.count < header.count { cells.append("") }
                    rows.append(cells)
                } else {
                    header = cells
                }
            }
            start = end + 1
        }
        return (header ?? [], rows)
    }

    /// The pieces of `bytes` between `separator`s, empty ones included.
    private static func split(_ bytes: some Collection<UInt8>, at separator: UInt8) -> [ArraySlice<UInt8>] {
        Array(bytes).split(separator: separator, omittingEmptySubsequences: false)
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

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
        let cell = cell(row, column)
        // Most cells hold one value or none: themselves, without splitting.
        if !cell.utf8.contains(0x3B) { return cell.isEmpty ? [] : [cell] }
        return Self.split(cell.utf8, at: 0x3B).filter { !$0.isEmpty }.map(Self.string)
    }
}
