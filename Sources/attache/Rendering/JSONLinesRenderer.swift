import Foundation

/// JSON Lines: one object per line, nothing else. <https://jsonlines.org>
enum JSONLinesRenderer {
    static func render<Row>(_ rows: [Row], columns: [Column<Row>]) -> String {
        rows.map { object($0, columns: columns) + "\n" }.joined()
    }

    /// One row as a compact JSON object, its keys in the columns' order.
    static func object<Row>(_ row: Row, columns: [Column<Row>]) -> String {
        "{" + columns.map { JSONValue.quote($0.name) + ":" + $0.value(row).json }.joined(separator: ",") + "}"
    }

    /// Any `Encodable` value as compact JSON on one line with sorted keys, for the extraction
    /// contract: sorted keys make the output byte-for-byte deterministic.
    static func sortedObject<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
