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
        while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        }
        var bytes: [UInt8] = []
        while i < b.count {
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
