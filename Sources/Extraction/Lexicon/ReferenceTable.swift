/// One of the reference data files (`ReferenceData/*.tsv`): a comment line naming its source,
/// a header row, then tab-separated rows; several values in one cell are separated by ";".
struct ReferenceTable: Sendable {
    let columns: [String]
    let rows: [[String]]

    init(_ text: String) {
        // Split on UTF-8 bytes ("\n", "\t", ";" and "#" are ASCII, never inside a multi-byte scalar), not
        // on Characters, which would segment 100 KB of text into graphemes to find them.
        var lines = Self.split(Array(text.utf8), at: 0x0A).filter { !$0.isEmpty && $0.first != 0x23 }
        let header = lines.isEmpty ? [] : Self.split(lines.removeFirst(), at: 0x09).map(Self.string)
        columns = header
        rows = lines.map { line in
            var cells = Self.split(line, at: 0x09).map(Self.string)
            while cells.count < header.count { cells.append("") }
            return cells
        }
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
        Self.split(cell(row, column).utf8, at: 0x3B).filter { !$0.isEmpty }.map(Self.string)
    }
}
