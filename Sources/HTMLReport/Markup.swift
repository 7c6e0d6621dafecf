/// Text for HTML and SVG: escaping, and a buffer that pages are written into.
struct Markup {
    private(set) var text = ""

    init(capacity: Int = 1 << 16) { text.reserveCapacity(capacity) }

    /// Appends `markup` as it is: it must be ours, never data.
    mutating func raw(_ markup: String) { text += markup }

    /// Appends `data` escaped, so that a name or a sentence can never become markup.
    mutating func text(_ data: String) { text += Self.escape(data) }

    /// `data` with `&`, `<`, `>`, `"` and `'` escaped: safe as text and inside quoted attributes.
    static func escape(_ data: String) -> String {
        guard data.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return data }
        var escaped = ""
        escaped.reserveCapacity(data.utf8.count + 16)
        for scalar in data.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `value` with at most one decimal, as SVG coordinates are written ("12.5", "40").
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}

/// How amounts and counts are written on a page.
enum Figures {
    /// "4,830,000,000": exact, grouped by thousands.
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// "4.83 bn", "500 m", "12.5 k": short, for axes and bar labels.
    static func short(_ value: Double) -> String {
        let units: [(Double, String)] = [(1e12, " tn"), (1e9, " bn"), (1e6, " m"), (1e3, " k")]
        for (size, unit) in units where value.magnitude >= size {
            return trimmed(value / size) + unit
        }
        return trimmed(value)
    }

    /// Three significant figures at most, without trailing zeros.
    private static func trimmed(_ value: Double) -> String {
        let decimals = value.magnitude >= 100 ? 0 : value.magnitude >= 10 ? 1 : 2
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        if text.contains("."), text.contains("e") == false {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// "1 meeting", "3 meetings".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(Int64(n))) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
