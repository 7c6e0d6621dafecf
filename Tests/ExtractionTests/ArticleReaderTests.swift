import Foundation
import Testing
@testable import Extraction

/// Reading article files and JSON Lines records into `Article`s: both header layouts, and every
/// way an input is refused.
@Suite("ArticleReader", .tags(.small))
struct ArticleReaderTests {
    let reader = ArticleReader()

    private func read(_ text: String, reader: ArticleReader = ArticleReader()) throws(ArticleError) -> Article {
        try reader.article(bytes: Array(text.utf8), source: "in.txt")
    }

    // MARK: - Layouts

    @Test("Header lines (date, source, title), a blank line, then the body")
    func headerLines() throws {
        let text = """
            date 2024-03-14
            source https://www.gov.uk/government/news/pm-call-with-president-macron
            title PM call with President Macron: 14 March 2024

            The Prime Minister spoke to President Macron this afternoon.
            They discussed support for Ukraine.

            """
        let article = try read(text)
        #expect(article.date == day("2024-03-14"))
        #expect(article.origin == "https://www.gov.uk/government/news/pm-call-with-president-macron")
        #expect(article.title == "PM call with President Macron: 14 March 2024")
        #expect(article.source == "in.txt")
        #expect(article.body == "The Prime Minister spoke to President Macron this afternoon.\nThey discussed support for Ukraine.")
    }

    @Test("The title header line is metadata, never part of the body")
    func titleIsNotBody() throws {
        let article = try read("title Readout of the call\ndate 2023-11-02\n\nSecretary Austin spoke with Minister Kihara.")
        #expect(article.title == "Readout of the call")
        #expect(article.date == day("2023-11-02"))
        #expect(!article.body.contains("Readout"))
    }

    @Test("Inline layout: `date YYYY-MM-DD` at the very start, the body on the same line")
    func inlineDate() throws {
        let article = try read("date 2022-05-19 Israeli Defense Minister Benny Gantz met Secretary Austin.\n\nThe two discussed Iran.")
        #expect(article.date == day("2022-05-19"))
        #expect(article.title == nil)
        #expect(article.body == "Israeli Defense Minister Benny Gantz met Secretary Austin.\n\nThe two discussed Iran.")
    }

    @Test("Inline layout after leading whitespace, as in the seed article")
    func inlineDateAfterSpace() throws {
        let article = try read(" date 2022-05-19 Gantz met Austin.")
        #expect(article.date == day("2022-05-19"))
        #expect(article.body == "Gantz met Austin.")
    }

    @Test("A UTF-8 byte order mark is accepted and dropped")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("date 2024-03-14\n\nOlaf Scholz met Emmanuel Macron.".utf8)
        let article = try reader.article(bytes: bytes, source: "bom.txt")
        #expect(article.date == day("2024-03-14"))
        #expect(article.body == "Olaf Scholz met Emmanuel Macron.")
        #expect(article.body.unicodeScalars.first != "\u{FEFF}")
    }

    @Test("Windows line endings are accepted; the body keeps no carriage return")
    func crlf() throws {
        let article = try read("date 2024-03-14\r\ntitle Readout\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n")
        #expect(article.date == day("2024-03-14"))
        #expect(article.title == "Readout")
        #expect(article.body == "First paragraph.\n\nSecond paragraph.")
    }

    @Test("Non-ASCII text survives decoding unchanged")
    func nonASCII() throws {
        let body = "Władysław Kosiniak-Kamysz met Jana Černochová in Prague — “a good talk”."
        let article = try read("date 2024-03-12\n\n\(body)")
        #expect(article.body == body)
    }

    // MARK: - Refusals

    @Test("Empty or whitespace-only input is .empty", arguments: ["", "   ", "\n\n\t\n", "\u{FEFF}", "date 2024-03-14\n\n   \n"])
    func empty(_ text: String) {
        #expect(throws: ArticleError.empty) { try read(text) }
    }

    @Test("A NUL byte is .binary, with its offset")
    func nul() {
        var bytes = Array("date 2024-03-14\n\nJPEG".utf8)
        bytes.insert(0, at: 20)
        #expect(throws: ArticleError.binary(offset: 20)) { try reader.article(bytes: bytes, source: "photo.jpg") }
    }

    @Test("Invalid UTF-8 is .invalidUTF8, with the offset of the first bad byte")
    func invalidUTF8() {
        // "Café" in Latin-1: 0xE9 is not valid UTF-8.
        let bytes = Array("date 2024-03-14\n\nCaf".utf8) + [0xE9] + Array(" talks".utf8)
        #expect(throws: ArticleError.invalidUTF8(offset: 20)) { try reader.article(bytes: bytes, source: "latin1.txt") }
    }

    @Test("A truncated multi-byte sequence at the end is .invalidUTF8")
    func truncatedSequence() {
        let bytes = Array("date 2024-03-14\n\nKyiv".utf8) + [0xE2, 0x80]
        #expect(throws: ArticleError.invalidUTF8(offset: 21)) { try reader.article(bytes: bytes, source: "cut.txt") }
    }

    @Test("No date is .noDate")
    func noDate() {
        #expect(throws: ArticleError.noDate) { try read("Chancellor Olaf Scholz met President Emmanuel Macron in Paris.") }
        #expect(throws: ArticleError.noDate) { try read("title Scholz in Paris\n\nChancellor Olaf Scholz met President Emmanuel Macron.") }
    }

    @Test("With no date in the input, the fallback date is the publication date")
    func fallbackDate() throws {
        let withFallback = ArticleReader(fallbackDate: day("2024-03-14"))
        let article = try read("Chancellor Olaf Scholz met President Emmanuel Macron in Paris.", reader: withFallback)
        #expect(article.date == day("2024-03-14"))
        #expect(article.body == "Chancellor Olaf Scholz met President Emmanuel Macron in Paris.")
    }

    @Test("A date in the header wins over the fallback date")
    func headerBeatsFallback() throws {
        let withFallback = ArticleReader(fallbackDate: day("2024-03-14"))
        let article = try read("date 2022-05-19\n\nGantz met Austin.", reader: withFallback)
        #expect(article.date == day("2022-05-19"))
    }

    @Test("A date that is no real day is .invalidDate", arguments: ["2022-02-30", "2023-02-29", "2022-13-01"])
    func invalidDate(_ date: String) {
        #expect(throws: ArticleError.invalidDate(date)) { try read("date \(date)\n\nGantz met Austin.") }
    }

    @Test("Input over maxBytes is .tooLarge, before it is decoded")
    func tooLarge() {
        let small = ArticleReader(maxBytes: 40)
        let bytes = Array("date 2024-03-14\n\n".utf8) + [UInt8](repeating: 0xFF, count: 40)
        #expect(throws: ArticleError.tooLarge(bytes: 57, limit: 40)) { try small.article(bytes: bytes, source: "big.txt") }
        #expect(throws: Never.self) { try small.article(bytes: Array("date 2024-03-14\n\nGantz met Austin.".utf8), source: "ok.txt") }
    }

    @Test("Every refusal describes itself in one line")
    func descriptions() {
        let errors: [ArticleError] = [.empty, .binary(offset: 3), .invalidUTF8(offset: 7), .tooLarge(bytes: 11, limit: 10),
                                      .noDate, .invalidDate("2022-02-30"), .malformedJSON("not a JSON object")]
        for error in errors {
            #expect(!error.description.isEmpty)
            #expect(!error.description.contains("\n"), "\(error)")
        }
        #expect(ArticleError.invalidUTF8(offset: 7).description.contains("7"))
        #expect(ArticleError.invalidDate("2022-02-30").description.contains("2022-02-30"))
    }

    // MARK: - JSON Lines

    @Test("A JSON Lines record with date, title, source and text")
    func jsonLine() throws {
        let line = #"{"date": "2024-03-14", "title": "Wang Yi meets Lavrov", "source": "xinhua-0314", "text": "Wang Yi held talks with Sergei Lavrov."}"#
        let article = try reader.article(jsonLine: line, fallbackSource: "batch.jsonl:1")
        #expect(article.date == day("2024-03-14"))
        #expect(article.title == "Wang Yi meets Lavrov")
        #expect(article.source == "xinhua-0314")
        #expect(article.body == "Wang Yi held talks with Sergei Lavrov.")
    }

    @Test("A record's date is the publication date of a text with no header")
    func jsonLineDate() throws {
        let line = #"{"date": "2023-11-02", "text": "Secretary Austin spoke with Minister Kihara by phone."}"#
        let article = try reader.article(jsonLine: line, fallbackSource: "batch.jsonl:2")
        #expect(article.date == day("2023-11-02"))
        #expect(article.body == "Secretary Austin spoke with Minister Kihara by phone.")
    }

    @Test("A record with no source is named by the fallback, and by its id when it has one")
    func jsonLineSource() throws {
        let plain = try reader.article(jsonLine: #"{"date": "2024-03-14", "text": "Talks."}"#, fallbackSource: "batch.jsonl:3")
        #expect(plain.source == "batch.jsonl:3")
        let numbered = try reader.article(jsonLine: #"{"id": 42, "date": "2024-03-14", "text": "Talks."}"#, fallbackSource: "batch.jsonl:4")
        #expect(numbered.source == "batch.jsonl:4#42")
    }

    @Test("A record with neither a date nor a fallback is .noDate")
    func jsonLineNoDate() {
        #expect(throws: ArticleError.noDate) { try reader.article(jsonLine: #"{"text": "Talks."}"#, fallbackSource: "b.jsonl:1") }
    }

    @Test("A record's bad date is .invalidDate")
    func jsonLineBadDate() {
        #expect(throws: ArticleError.invalidDate("2024-02-30")) {
            try reader.article(jsonLine: #"{"date": "2024-02-30", "text": "Talks."}"#, fallbackSource: "b.jsonl:1")
        }
    }

    @Test("Malformed JSON Lines records are .malformedJSON",
          arguments: [#"{"date": "2024-03-14", "text": "unterminated"#, "not json at all", #"["an", "array"]"#, #""a string""#,
                      #"{"date": "2024-03-14"}"#, #"{"date": "2024-03-14", "text": 42}"#, #"{"date": 20240314, "text": "Talks."}"#])
    func jsonLineMalformed(_ line: String) {
        #expect {
            try reader.article(jsonLine: line, fallbackSource: "b.jsonl:1")
        } throws: { error in
            guard case .malformedJSON = error as? ArticleError else { return false }
            return true
        }
    }

    @Test("A record without a text field names the missing field")
    func jsonLineMissingText() {
        #expect(throws: ArticleError.malformedJSON(#"no "text" string field"#)) {
            try reader.article(jsonLine: #"{"date": "2024-03-14", "title": "No body"}"#, fallbackSource: "b.jsonl:1")
        }
    }

    @Test("A record over maxBytes is .tooLarge")
    func jsonLineTooLarge() {
        let line = #"{"date": "2024-03-14", "text": "\#(String(repeating: "x", count: 100))"}"#
        #expect(throws: ArticleError.tooLarge(bytes: line.utf8.count, limit: 64)) {
            try ArticleReader(maxBytes: 64).article(jsonLine: line, fallbackSource: "b.jsonl:1")
        }
    }

    @Test("A body is trimmed of what Foundation's whitespacesAndNewlines trims, and of nothing else")
    func trimming() {
        let differing = (UInt32(0)...0xFFFF).compactMap { Unicode.Scalar($0) }.filter {
            ArticleReader.isTrimmed($0) != CharacterSet.whitespacesAndNewlines.contains($0)
        }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
        for text in ["", " ", "\u{200B}a\u{200B}", " \u{301}a\n\t", "\u{85}\u{A0}a b\u{3000}\u{2029}", "a", "\n\na\n\n b \n", "😀 "] {
            #expect(ArticleReader.trimmed(Substring(text)) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test("A record of strings is read without Foundation to what JSONSerialization reads; anything else is left to it")
    func flatRecords() throws {
        let accepted = [
            #"{"text": "a \"quoted\" \\ back\/slash \b\f\n\r\t \u00e9\u4E2D\u0000 é 中 😀", "date": "2024-03-14"}"#,
            " \t{ \"te\\u0078t\" :\"x\" , \"id\":\"7\",\"title\":\"\"}\r\n", #"{}"#, #"{"text":""}"#,
        ]
        for line in accepted {
            let fields = try #require(FlatJSONObject.parse(line.utf8), "\(line)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(fields == object.compactMapValues { $0 as? String } && fields.count == object.count, "\(line)")
        }
        let refused = [
            #"{"text": "x", "id": 7}"#, #"{"text": "x", "id": null}"#, #"{"text": "x", "text": "y"}"#, #"{"text": {"a": "b"}}"#,
            #"{"text": "\ud83d\ude00"}"#, #"{"text": "\x"}"#, "{\"text\": \"a\u{1}b\"}", #"{"text": "x"} x"#, #"{"text": "x",}"#,
            #"["text"]"#, #"{"text" "x"}"#, #"{"text": "x"#, "",
        ]
        for line in refused { #expect(FlatJSONObject.parse(line.utf8) == nil, "\(line)") }
        // The record's id names it, and an empty title is none, as on the JSONSerialization path.
        let article = try ArticleReader(fallbackDate: day("2024-03-14")).article(jsonLine: accepted[1], fallbackSource: "b.jsonl:1")
        #expect(article == Article(source: "b.jsonl:1#7", date: day("2024-03-14"), body: "x"))
    }
}
