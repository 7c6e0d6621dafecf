import Foundation

/// Why an input could not become an article. Its description is the reason, one line.
public enum ArticleError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(offset: Int)
    case invalidUTF8(offset: Int)
    case tooLarge(bytes: Int, limit: Int)
    case noDate
    case invalidDate(String)
    case malformedJSON(String)

    public var description: String {
        switch self {
        case .empty: return "empty: no text to read"
        case .binary(let offset): return "binary data (NUL byte at offset \(offset)), not an article"
        case .invalidUTF8(let offset): return "not valid UTF-8 (bad byte at offset \(offset))"
        case .tooLarge(let bytes, let limit): return "too large: \(bytes) bytes, over the limit of \(limit) (see --max-bytes)"
        case .noDate: return "no publication date: add a `date YYYY-MM-DD` header or pass --date"
        case .invalidDate(let text): return "invalid publication date \(text.debugDescription): not a real YYYY-MM-DD day"
        case .malformedJSON(let reason): return "malformed JSON: \(reason)"
        }
    }
}

/// Turns the bytes of an article file, or one JSON Lines record, into an `Article`.
///
/// Two text layouts are read: header lines `KEY value` (`date`, `source`, `title`) then a blank
/// line then the body; or `date YYYY-MM-DD` inline at the very start, followed by the body on the
/// same line. A UTF-8 byte order mark and Windows line endings are accepted.
public struct ArticleReader: Sendable {
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// The publication date used when the input states none.
    public var fallbackDate: Day?

    public static let defaultMaxBytes = 10_000_000

    public init(maxBytes: Int = ArticleReader.defaultMaxBytes, fallbackDate: Day? = nil) {
        self.maxBytes = maxBytes
        self.fallbackDate = fallbackDate
    }

    /// Reads one article file's bytes.
    public func article<Bytes: Collection<UInt8>>(bytes: Bytes, source: String) throws(ArticleError) -> Article {
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        let text = try Self.decode(bytes)
        return try article(text: text, source: source)
    }

    /// Reads one article's text (already decoded).
    public func article(text raw: String, source: String) throws(ArticleError) -> Article {
        var text = raw
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // Searched in the contiguous bytes with C's `memchr` (many bytes at a time): the UTF-8 view's generic search costs
        // a call per byte, and a buffer's a loop turn per byte.
        if text.withUTF8({ Self.firstIndex(of: UInt8(ascii: "\r"), in: $0) != nil }) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if let offset = text.withUTF8({ Self.firstIndex(of: 0, in: $0) }) { throw .binary(offset: offset) }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .empty }

        var header = Self.header(of: text)
        if header.fields["date"] == nil, let fallbackDate { header.fields["date"] = fallbackDate.description }
        guard let dateText = header.fields["date"] else { throw .noDate }
        guard let date = Day(iso: dateText) else { throw .invalidDate(dateText) }
        let body = Self.trimmed(text[header.bodyStart...])
        guard !body.isEmpty else { throw .empty }
        return Article(source: source, date: date, title: header.fields["title"], body: body, origin: header.fields["source"])
    }

    /// `bytes.firstIndex(of: byte)`, by `memchr`.
    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Reads one JSON Lines record: an object with `text` and optionally `date`, `title`, `source`, `id`.
    /// `fallbackSource` names the record when it has no `source` (e.g. "batch.jsonl:12").
    public func article(jsonLine line: some StringProtocol, fallbackSource: String) throws(ArticleError) -> Article {
        guard line.utf8.count <= maxBytes else { throw .tooLarge(bytes: line.utf8.count, limit: maxBytes) }
        // The usual record, every value a string: read without Foundation, to the same article.
        if let fields = FlatJSONObject.parse(line.utf8), let text = fields["text"] {
            return try article(text: text, date: fields["date"], title: fields["title"],
                               source: fields["source"] ?? fields["id"].map { "\(fallbackSource)#\($0)" } ?? fallbackSource)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            throw .malformedJSON("not a JSON object")
        }
        guard let record = object as? [String: Any] else { throw .malformedJSON("not a JSON object") }
        guard let text = record["text"] as? String else { throw .malformedJSON("no \"text\" string field") }
        for key in ["date", "title", "source", "id"] where record[key] != nil && !(record[key] is String) && !(record[key] is NSNull) {
            if key == "id", record[key] is NSNumber { continue }
            throw .malformedJSON("\"\(key)\" is not a string")
        }
        let source = (record["source"] as? String) ?? (record["id"].map { "\(fallbackSource)#\($0)" } ?? fallbackSource)
        return try article(text: text, date: record["date"] as? String, title: record["title"] as? String, source: source)
    }

    /// A record's article: its text read with the record's date as the fallback, and its title.
    private func article(text: String, date dateText: String?, title: String?, source: String) throws(ArticleError) -> Article {
        var reader = self
        if let dateText {
            guard let date = Day(iso: dateText) else { throw .invalidDate(dateText) }
            reader.fallbackDate = date
        }
        var article = try reader.article(text: text, source: source)
        if let title, !title.isEmpty { article.title = title }
        return article
    }

    // MARK: - Decoding

    /// Strict UTF-8: the offset of the first bad byte is reported, nothing is replaced.
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(ArticleError) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .binary(offset: offset) }
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return String(scalars)
            case .error:
                throw .invalidUTF8(offset: offset)
            }
        }
    }

    // MARK: - Trimming

    /// `String(text).trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's copy into
    /// UTF-16 and back: the same scalars are trimmed (`isTrimmed`), and a body without any is not copied.
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        var last = scalars.index(before: scalars.endIndex)
        while isTrimmed(scalars[last]) { last = scalars.index(before: last) }
        return String(scalars[first...last])
    }

    /// A member of `CharacterSet.whitespacesAndNewlines` as Foundation has it here (Unicode's Z
    /// categories, U+0009–U+000D, U+0085, and U+200B, which it counts as a space).
    @inline(__always)
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0...0x84: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    // MARK: - Header

    /// The first line feed at or after `start`, or the end: searched in the contiguous bytes, as the
    /// UTF-8 view's generic search costs a call per byte. A line feed is a Character of its own, so
    /// this is also the first "\n" Character.
    static func lineFeed(in text: String, from start: String.Index) -> String.Index {
        var contiguous = text
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: start)
        let found = contiguous.withUTF8 { bytes in bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) }
        return found.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) } ?? text.endIndex
    }

    struct Header {
        var fields: [String: String] = [:]
        var bodyStart: String.Index
    }

    static let headerKeys: Set<String> = ["date", "source", "title", "author", "url", "id", "lang", "language"]

    /// Reads the header in either layout; `bodyStart` is the text's start when there is none.
    static func header(of text: String) -> Header {
        let trimmedStart = text.firstIndex(where: { !$0.isWhitespace }) ?? text.endIndex
        // Layout B: "date 2022-05-19 Israeli Defense Minister ..." on one line.
        let rest = text[trimmedStart...]
        if rest.hasPrefix("date ") {
            let afterKey = rest.dropFirst(5).drop(while: { $0 == " " || $0 == "\t" })
            let candidate = afterKey.prefix(10)
            if candidate.count == 10, candidate.allSatisfy({ $0.isNumber || $0 == "-" }) {
                let afterDate = afterKey.dropFirst(10)
                if afterDate.first.map({ $0 == " " || $0 == "\t" }) ?? false {
                    return Header(fields: ["date": String(candidate)], bodyStart: afterDate.startIndex)
                }
            }
        }
        // Layout A: KEY value lines up to the first blank line.
        var fields: [String: String] = [:]
        var cursor = trimmedStart
        while cursor < text.endIndex {
            let lineEnd = lineFeed(in: text, from: cursor)
            let line = text[cursor..<lineEnd]
            if line.allSatisfy(\.isWhitespace) {
                return Header(fields: fields, bodyStart: fields.isEmpty ? text.startIndex : lineEnd)
            }
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else { break }
            let key = line[..<space].lowercased()
            guard headerKeys.contains(key) else { break }
            fields[key] = line[space...].trimmingCharacters(in: .whitespaces)
            cursor = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        if cursor >= text.endIndex, !fields.isEmpty { return Header(fields: fields, bodyStart: text.endIndex) }
        // No blank line after the header lines, or no header: the whole text is the body.
        return fields.isEmpty ? Header(bodyStart: text.startIndex) : Header(fields: fields, bodyStart: cursor)
    }
}
