/// The extraction contract's JSON, written straight into bytes: the same text, byte for byte, as
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` gives for `Facts` and
/// `ExtractedArticle` (keys in UTF-8 order, nil fields left out, `"`, `\` and control characters
/// escaped as it escapes them, everything else as written), at a fifth of the cost: the encoder
/// builds a tree of boxed values and sorts every object's keys, for every article.
/// `Tests/ExtractionTests/FactsJSONTests.swift` compares the two.
extension Facts {
    /// One compact JSON object, keys sorted.
    public var sortedJSON: String {
        var json = FactsJSON()
        json.facts(self, article: nil)
        return json.string
    }

    /// `sortedJSON`'s UTF-8 bytes, for writing straight out: a `String` of them checks every byte for valid UTF-8, a
    /// tenth of what writing an article's facts costs, and printing it hands them back as bytes anyway.
    public var sortedJSONUTF8: [UInt8] {
        var json = FactsJSON()
        json.facts(self, article: nil)
        return json.bytes
    }
}

extension ExtractedArticle {
    /// One compact JSON object, keys sorted: the facts' keys with `body` and `origin` among them.
    public var sortedJSON: String {
        var json = FactsJSON()
        json.facts(facts, article: article)
        return json.string
    }
}

private struct FactsJSON {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(4096) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Keys in UTF-8 order: aid, body, date, meetings, origin, people, source, title, topics.
    mutating func facts(_ facts: Facts, article: Article?) {
        bytes.append(UInt8(ascii: "{"))
        key("aid", first: true)
        array(facts.aid) { $0.aid($1) }
        optional("body", article?.body)
        key("date")
        day(facts.date)
        key("meetings")
        array(facts.meetings) { $0.meeting($1) }
        optional("origin", article?.origin)
        key("people")
        array(facts.people) { $0.person($1) }
        key("source")
        string(facts.source)
        optional("title", facts.title)
        key("topics")
        array(facts.topics) { $0.string($1) }
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func aid(_ aid: AidFact) {
        bytes.append(UInt8(ascii: "{"))
        key("amount", first: true)
        number(Int(aid.amount))
        key("amount_text")
        string(aid.amountText)
        key("cumulative")
        literal(aid.cumulative ? "true" : "false")
        key("currency")
        string(aid.currency)
        key("date")
        day(aid.date)
        key("date_precision")
        string(aid.datePrecision.rawValue)
        optional("donor", aid.donor)
        key("evidence")
        evidence(aid.evidence)
        key("kind")
        string(aid.kind.rawValue)
        optional("recipient", aid.recipient)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func meeting(_ meeting: MeetingFact) {
        bytes.append(UInt8(ascii: "{"))
        key("date", first: true)
        day(meeting.date)
        key("date_precision")
        string(meeting.datePrecision.rawValue)
        key("evidence")
        array(meeting.evidence) { $0.evidence($1) }
        optional("location", meeting.location)
        optional("location_country", meeting.locationCountry)
        key("mode")
        string(meeting.mode.rawValue)
        key("participants")
        array(meeting.participants) { $0.string($1) }
        key("status")
        string(meeting.status.rawValue)
        key("topics")
        array(meeting.topics) { $0.string($1) }
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func person(_ person: PersonFact) {
        bytes.append(UInt8(ascii: "{"))
        key("aliases", first: true)
        array(person.aliases) { $0.string($1) }
        optional("country", person.country)
        key("evidence")
        evidence(person.evidence)
        key("name")
        string(person.name)
        optional("title", person.title)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func evidence(_ evidence: Evidence) {
        bytes.append(UInt8(ascii: "{"))
        key("end", first: true)
        number(evidence.end)
        key("start")
        number(evidence.start)
        key("text")
        string(evidence.text)
        bytes.append(UInt8(ascii: "}"))
    }

    // MARK: - Values

    mutating func array<Element>(_ elements: [Element], _ write: (inout FactsJSON, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (n, element) in elements.enumerated() {
            if n > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `"name":`, after a comma unless it is the object's first key.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// `,"name":"value"` when there is a value; nothing when it is nil, as `encodeIfPresent` does.
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func literal(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `"YYYY-MM-DD"`, as `Day.description` (a year has 1 to 4 digits).
    mutating func day(_ day: Day) {
        bytes.append(UInt8(ascii: "\""))
        digits(day.year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(day.month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day.day, 2)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func digits(_ value: Int, _ width: Int) {
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A string as `JSONEncoder` writes it: `"` and `\` escaped, the C0 controls as `\b`, `\f`, `\n`, `\r`, `\t`
    /// or `\u00xx` (lowercase hex), every other byte (`/` and all non-ASCII included) as it is.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            var i = 0
            while i < utf8.count {
                i = utf8.firstJSONSpecial(from: i)
                guard i < utf8.count else { break }
                let byte = utf8[i]
                i += 1
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<i - 1]))
                mark = i
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
