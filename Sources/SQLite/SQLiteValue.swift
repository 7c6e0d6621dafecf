/// A value SQLite stores: one of its five storage classes.
///
/// <https://www.sqlite.org/datatype3.html>
public enum SQLiteValue: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

// MARK: - Literals

extension SQLiteValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(stringLiteral value: String) { self = .text(value) }
}

// MARK: - Conversions

extension SQLiteValue {
    /// `.text(value)`, or `.null` when `value` is nil.
    public static func text(_ value: String?) -> SQLiteValue { value.map(SQLiteValue.text) ?? .null }

    /// `.integer(value)`, or `.null` when `value` is nil.
    public static func integer(_ value: Int?) -> SQLiteValue { value.map { .integer(Int64($0)) } ?? .null }

    /// `.integer(1)` for true, `.integer(0)` for false.
    public static func bool(_ value: Bool) -> SQLiteValue { .integer(value ? 1 : 0) }
}
