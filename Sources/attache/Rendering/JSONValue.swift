/// A field's value as the renderers print it: JSON for json and jsonl, text for csv and table.
///
/// The JSON is written here rather than by `JSONEncoder`, whose key order on Linux is not the
/// order fields are encoded in; query output promises its fields in a fixed, documented order.
enum JSONValue: Sendable {
    case string(String)
    case integer(Int64)
    /// A floating-point number, as Swift prints it shortest; not finite is null.
    case real(Double)
    case bool(Bool)
    case strings([String])
    /// A list of values, such as a list of objects.
    indirect case array([JSONValue])
    /// Named fields in a fixed order.
    indirect case object([(String, JSONValue)])
    case null

    /// `.string(value)`, or `.null` when `value` is nil.
    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The value in JSON (RFC 8259): strings escaped, numbers exact, arrays inline.
    var json: String {
        switch self {
        case .string(let text): return Self.quote(text)
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .strings(let texts): return "[" + texts.map(Self.quote).joined(separator: ",") + "]"
        case .array(let values): return "[" + values.map(\.json).joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.map { Self.quote($0.0) + ":" + $0.1.json }.joined(separator: ",") + "}"
        case .null: return "null"
        }
    }

    /// The value as a csv or table cell: arrays joined with "; ", objects and lists of objects as
    /// JSON, null empty.
    var text: String {
        switch self {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : ""
        case .bool(let flag): return flag ? "true" : "false"
        case .strings(let texts): return texts.joined(separator: "; ")
        case .array(let values):
            // A list of objects cannot be joined readably: it stays JSON, which a csv reader can parse.
            if values.contains(where: { if case .object = $0 { return true } else { return false } }) { return json }
            return values.map(\.text).joined(separator: "; ")
        case .object: return json
        case .null: return ""
        }
    }

    /// `text` as a JSON string literal: quote, backslash and control characters escaped.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
