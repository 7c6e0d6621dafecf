/// The common JSON Lines record, read without Foundation: one object whose every value is a
/// string, each key once. Anything else (a number, a null, a nested value, a repeated key, a lone
/// surrogate, a raw control character, text after the object) is nil, and the caller reads the line
/// with `JSONSerialization` instead, which gives the answer, or the error, for every other case.
///
/// For the records it accepts it gives what `JSONSerialization` gives, without its boxed values and
/// dynamic casts: a third of the cost of reading a record. `ArticleReaderTests` compares the two.
enum FlatJSONObject {
    static func parse(_ utf8: some Collection<UInt8>) -> [String: String]? {
        if let parsed = utf8.withContiguousStorageIfAvailable(parse(buffer:)) { return parsed }
        return Array(utf8).withUnsafeBufferPointer(parse(buffer:))
    }

    private static func parse(buffer b: UnsafeBufferPointer<UInt8>) -> [String: String]? {
        var i = 0
        func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        }
        func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < b.count, b[i] == byte else { return false }
            i += 1
            return true
        }
        var fields: [String: String] = [:]
        guard expect(UInt8(ascii: "{")) else { return nil }
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                guard expect(UInt8(ascii: "\"")), let key = string(b, &i), expect(UInt8(ascii: ":")),
                    expect(UInt8(ascii: "\"")), let value = string(b, &i), fields.updateValue(value, forKey: key) == nil
                else { return nil }
                if expect(UInt8(ascii: ",")) { continue }
                guard expect(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        skipSpace()
        return i == b.count ? fields : nil
    }

    /// The string whose opening quote is just before `i`, unescaped; `i` ends after its closing quote.
    private static func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
        var start = i
        // Most strings hold no escape: their bytes are the string.
        i = b.firstJSONSpecial(from: i)
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        }
        var bytes: [UInt8] = []
        while i < b.count {
            i = b.firstJSONSpecial(from: i)
            guard i < b.count else { break }
            let byte = b[i]
            if byte == UInt8(ascii: "\"") {
                bytes.append(contentsOf: b[start..<i])
                i += 1
                return String(decoding: bytes, as: UTF8.self)
            }
            guard byte >= 0x20 else { return nil }
            guard byte == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            bytes.append(contentsOf: b[start..<i])
            guard i + 1 < b.count else { return nil }
            switch b[i + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(b[i + 1])
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                guard i + 6 <= b.count else { return nil }
                var value: UInt32 = 0
                for k in i + 2..<i + 6 {
                    guard let digit = hexDigit(b[k]) else { return nil }
                    value = value << 4 | digit
                }
                // A surrogate (half of a pair, or alone) is left to JSONSerialization.
                guard let scalar = Unicode.Scalar(value) else { return nil }
                UTF8.encode(scalar) { bytes.append($0) }
                i += 4
            default: return nil
            }
            i += 2
            start = i
        }
        return nil
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first byte from `start` on that a JSON string does not hold as it is (`"`, `\` or a C0
    /// control), or `count`: eight bytes tested at a time, where a loop tested each byte three times, for the article
    /// text read (`FlatJSONObject`) and the evidence written (`FactsJSON`).
    @inline(__always)
    func firstJSONSpecial(from start: Int) -> Int {
        var i = start
        if let base = baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Per byte, the high bit set where the byte is below 0x20, or equal to `"` or `\` (a zero once xored).
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let special = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                if special & highs != 0 { break }
                i += 8
            }
        }
        while i < count {
            let byte = self[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return i }
            i += 1
        }
        return i
    }
}
