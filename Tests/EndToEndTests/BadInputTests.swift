import Foundation
import SQLite
import Testing

/// One input that `attache ingest` must refuse (or accept) on its own, without harming the batch.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// What the case is, as the test report shows it.
    let testDescription: String
    /// The path given to `attache ingest`.
    let path: String
    /// The file's bytes; nil when the test leaves the path missing or builds it itself.
    let bytes: [UInt8]?
    /// The reason on the error line, or nil when the input is accepted.
    let reason: String?
    var arguments: [String] = []

    static let article = "The foreign ministers of Norway and Poland met in Oslo on Tuesday."

    private static let long = Array(("date 2022-05-19 " + String(repeating: article + " ", count: 8)).utf8)

    static let all: [BadInput] = [
        BadInput(testDescription: "a missing path", path: "missing.txt", bytes: nil, reason: "no such file or directory"),
        BadInput(testDescription: "an empty file", path: "empty.txt", bytes: [], reason: "empty: no text to read"),
        BadInput(testDescription: "whitespace only", path: "blank.txt", bytes: Array(" \n\t \r\n \u{00A0}\n".utf8),
                 reason: "empty: no text to read"),
        BadInput(testDescription: "a header and no body", path: "header.txt", bytes: Array("date 2022-05-19\ntitle Nothing\n\n".utf8),
                 reason: "empty: no text to read"),
        BadInput(testDescription: "NUL bytes (binary data)", path: "nul.txt",
                 bytes: Array("date 2022-05-19 The minister".utf8) + [0, 0, 1, 2] + Array(" met.".utf8),
                 reason: "binary data (NUL byte at offset 28), not an article"),
        BadInput(testDescription: "a PNG image", path: "image.txt",
                 bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
                 reason: "not valid UTF-8 (bad byte at offset 0)"),
        BadInput(testDescription: "Latin-1, not UTF-8", path: "latin1.txt",
                 bytes: Array("date 2022-05-19 Le ministre a visit".utf8) + [0xE9] + Array(" Oslo.".utf8),
                 reason: "not valid UTF-8 (bad byte at offset 35)"),
        BadInput(testDescription: "an overlong UTF-8 encoding", path: "overlong.txt",
                 bytes: Array("date 2022-05-19 A".utf8) + [0xC0, 0xAF] + Array(" B.".utf8),
                 reason: "not valid UTF-8 (bad byte at offset 17)"),
        BadInput(testDescription: "UTF-16 with its byte order mark", path: "utf16.txt",
                 bytes: [0xFF, 0xFE] + Array("date".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                 reason: "not valid UTF-8 (bad byte at offset 0)"),
        BadInput(testDescription: "a UTF-8 byte order mark (accepted)", path: "bom.txt",
                 bytes: [0xEF, 0xBB, 0xBF] + Array("date 2022-05-19\n\n\(article)".utf8), reason: nil),
        BadInput(testDescription: "Windows line endings (accepted)", path: "crlf.txt",
                 bytes: Array("date 2022-05-19\r\ntitle Talks\r\n\r\n\(article)\r\nThey spoke for an hour.\r\n".utf8), reason: nil),
        BadInput(testDescription: "no publication date and no --date", path: "undated.txt", bytes: Array(article.utf8),
                 reason: "no publication date: add a `date YYYY-MM-DD` header or pass --date"),
        BadInput(testDescription: "a date that does not exist (2022-02-30)", path: "february.txt",
                 bytes: Array("date 2022-02-30 \(article)".utf8),
                 reason: "invalid publication date \"2022-02-30\": not a real YYYY-MM-DD day"),
        BadInput(testDescription: "a thirteenth month in a header", path: "month.txt",
                 bytes: Array("date 2022-13-01\n\n\(article)".utf8),
                 reason: "invalid publication date \"2022-13-01\": not a real YYYY-MM-DD day"),
        BadInput(testDescription: "a file over the default 10 MB limit", path: "huge.txt",
                 bytes: Array("date 2022-05-19 ".utf8) + [UInt8](repeating: 0x61, count: 10_000_000 - 15),
                 reason: "too large: 10000001 bytes, over the limit of 10000000 (see --max-bytes)"),
        BadInput(testDescription: "a file over --max-bytes", path: "long.txt", bytes: long,
                 reason: "too large: \(long.count) bytes, over the limit of 400 (see --max-bytes)", arguments: ["--max-bytes", "400"]),
        BadInput(testDescription: "a directory without articles", path: "notes", bytes: nil,
                 reason: "no .txt or .jsonl files in this directory"),
        BadInput(testDescription: "a symbolic link to nothing", path: "dangling.txt", bytes: nil, reason: "no such file or directory"),
        BadInput(testDescription: "a named pipe no one writes to", path: "pipe.txt", bytes: nil, reason: "empty: no text to read"),
        BadInput(testDescription: "a name with a line break", path: "two\nlines.txt", bytes: [],
                 reason: "empty: no text to read"),
    ]
}

@Suite("attache ingest refuses bad input, one line each, and ingests the rest", .tags(.large))
final class BadInputTests {
    let workspace = Workspace()

    private func articleCount() throws -> Int64? {
        try Database(path: workspace.path("kb.sqlite"), mode: .readOnly).scalarInt("SELECT count(*) FROM articles")
    }

    /// Writes a good article beside the bad input, so that every run checks the batch goes on.
    private func writeGoodArticle() throws {
        try workspace.write("good.txt", "date 2022-05-19\n\nJapanese Foreign Minister Haruto Sakamoto met Kenyan Foreign "
            + "Minister Wanjiru Kamau in Nairobi on Monday to discuss trade.")
    }

    @Test("Each bad input is one error line naming it and the reason; exit 1; the good article beside it goes in",
          arguments: BadInput.all)
    func badInput(_ input: BadInput) throws {
        try writeGoodArticle()
        if let bytes = input.bytes { try workspace.write(input.path, bytes) }
        switch input.path {
        case "notes": try workspace.write("notes/readme.md", "Not an article.")
        case "dangling.txt":
            try FileManager.default.createSymbolicLink(atPath: workspace.path(input.path), withDestinationPath: "nowhere.txt")
        case "pipe.txt": #expect(mkfifo(workspace.path(input.path), 0o644) == 0)
        default: break
        }
        let run = try workspace.attache(["ingest", "--db", "kb.sqlite"] + input.arguments + [input.path, "good.txt"])
        #expect(run.stdout == "")
        guard let reason = input.reason else {
            #expect(run.status == 0, "\(run)")
            #expect(run.stderrLines.first?.hasPrefix("added  \(input.path): ") == true, "\(run)")
            #expect(try articleCount() == 2)
            // The stored body has no carriage return or BOM, and evidence offsets still select their sentences.
            let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
            #expect(try database.scalarInt("SELECT count(*) FROM articles WHERE instr(body, char(13)) OR instr(body, char(65279))") == 0)
            #expect(try database.scalarInt("""
                SELECT count(*) FROM meeting_sources AS s JOIN articles AS a ON a.id = s.article_id
                WHERE substr(a.body, s.start + 1, s.end - s.start) IS NOT s.evidence
                """) == 0)
            return
        }
        #expect(run.status == 1, "\(run)")
        let name = input.path.contains("\n") ? input.path.debugDescription : input.path
        #expect(run.stderrLines.count == 3, "\(run)")
        #expect(run.stderrLines.first == "error  \(name): \(reason)")
        #expect(run.stderrLines.dropFirst().first?.hasPrefix("added  good.txt: ") == true, "\(run)")
        #expect(run.stderrLines.last?.hasPrefix("total  2 inputs into kb.sqlite: 1 added, 0 known, 1 failed; ") == true, "\(run)")
        #expect(try articleCount() == 1)
    }

    @Test("A JSON Lines batch: each bad line is an error naming its line number; the other lines go in")
    func jsonLines() throws {
        let lines = [
            #"{"text": "Polish Foreign Minister Tomasz Nowicki met his Japanese counterpart in Tokyo.", "date": "2023-02-01"}"#,
            #"{"text": "Unfinished", "date": "#,
            #"["an array", "not an object"]"#,
            #"{"date": "2023-02-01", "title": "no text"}"#,
            #"{"text": 42, "date": "2023-02-01"}"#,
            #"{"text": "Dated on a day that never was.", "date": "2023-02-29"}"#,
            #"{"text": "No date at all."}"#,
            "",
            #"{"text": "Canadian Prime Minister Claire Fontaine spoke with Brazilian President Rafael Moreira.", "date": "2023-02-03", "title": "A call"}"#,
        ]
        try workspace.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "batch.jsonl")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.count == 9, "\(run)")
        #expect(run.stderrLines.first?.hasPrefix("added  batch.jsonl:1: ") == true)
        #expect(Array(run.stderrLines.dropFirst().prefix(6)) == [
            "error  batch.jsonl:2: malformed JSON: not a JSON object",
            "error  batch.jsonl:3: malformed JSON: not a JSON object",
            "error  batch.jsonl:4: malformed JSON: no \"text\" string field",
            "error  batch.jsonl:5: malformed JSON: no \"text\" string field",
            "error  batch.jsonl:6: invalid publication date \"2023-02-29\": not a real YYYY-MM-DD day",
            "error  batch.jsonl:7: no publication date: add a `date YYYY-MM-DD` header or pass --date",
        ])
        #expect(run.stderrLines.dropLast().last?.hasPrefix("added  batch.jsonl:9: ") == true)
        #expect(run.stderrLines.last?.hasPrefix("total  8 inputs into kb.sqlite: 2 added, 0 known, 6 failed; ") == true)
        #expect(try articleCount() == 2)
    }

    @Test("--date supplies the date an article lacks, never overrides one it states")
    func fallbackDate() throws {
        try workspace.write("undated.txt", BadInput.article)
        try workspace.write("dated.txt", "date 2021-11-02 \(BadInput.article) Again.")
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "--date", "2024-03-01", "undated.txt", "dated.txt")
        #expect(run.status == 0, "\(run)")
        let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
        #expect(try database.prepare("SELECT source || ' ' || published_on FROM articles ORDER BY id").rows { $0.text(at: 0) ?? "" }
            == ["undated.txt 2024-03-01", "dated.txt 2021-11-02"])
    }

    @Test("An unreadable file (mode 000) is an error line, and the batch goes on",
          .enabled(if: Unprivileged.canDropPrivileges, "running as root without setpriv: root reads any file whatever its mode"))
    func unreadableFile() throws {
        try writeGoodArticle()
        try workspace.write("secret.txt", "date 2022-05-19 \(BadInput.article)")
        #expect(chmod(workspace.path("secret.txt"), 0) == 0)
        try Unprivileged.share(workspace)
        let run = try Unprivileged.attache(workspace, ["ingest", "--db", "kb.sqlite", "secret.txt", "good.txt"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.first == "error  secret.txt: permission denied", "\(run)")
        #expect(run.stderrLines.dropFirst().first?.hasPrefix("added  good.txt: ") == true, "\(run)")
        #expect(try articleCount() == 1)
    }
}
