import Extraction
import Foundation
import KnowledgeBase
import Testing

@Suite("Reading article files", .tags(.medium))
final class ArticleFilesTests {
    let directory = TemporaryDirectory()

    /// Each item as "input → date" or "input ✗ reason".
    private func read(_ paths: [String], maxBytes: Int = ArticleReader.defaultMaxBytes, fallbackDate: Day? = nil,
                      standardInput: Int32 = STDIN_FILENO) -> [String] {
        ArticleFiles(paths: paths, reader: ArticleReader(maxBytes: maxBytes, fallbackDate: fallbackDate),
                     standardInput: standardInput).map { item in
            switch item {
            case .article(let article, let input): return "\(input) → \(article.date)"
            case .failure(let input, let reason): return "\(input) ✗ \(reason)"
            }
        }
    }

    private func relative(_ lines: [String]) -> [String] {
        lines.map { $0.replacingOccurrences(of: directory.url.path + "/", with: "") }
    }

    @Test("A directory is walked recursively for .txt and .jsonl files, in sorted order")
    func walksDirectories() throws {
        try directory.write("corpus/b.txt", "date 2022-05-02 Second.")
        try directory.write("corpus/a/z.txt", "date 2022-05-01 Nested.")
        try directory.write("corpus/a.txt", "date 2022-05-03\n\nThird.")
        try directory.write("corpus/c/d/batch.jsonl", #"{"text": "One.", "date": "2022-05-04"}"# + "\n")
        try directory.write("corpus/notes.md", "not an article")
        try directory.write("corpus/.hidden/x.txt", "date 2022-05-05 Hidden.")
        try directory.write("corpus/.y.txt", "date 2022-05-05 Hidden.")
        #expect(relative(read([directory.path("corpus")])) == [
            "corpus/a.txt → 2022-05-03",
            "corpus/a/z.txt → 2022-05-01",
            "corpus/b.txt → 2022-05-02",
            "corpus/c/d/batch.jsonl:1 → 2022-05-04",
        ])
    }

    @Test("Paths are read in the order given; an explicit file is read whatever its extension")
    func explicitFiles() throws {
        let second = try directory.write("second.md", "date 2022-01-02 Two.")
        let first = try directory.write("first.txt", "date 2022-01-01 One.")
        #expect(relative(read([second, first])) == ["second.md → 2022-01-02", "first.txt → 2022-01-01"])
    }

    @Test("JSON Lines errors name the file and line; blank lines are skipped; the rest is read")
    func jsonLinesErrors() throws {
        var bytes = Array(#"{"text": "First.", "date": "2022-05-01"}"#.utf8) + [0x0A]
        bytes += Array("{not json\n".utf8)
        bytes += Array("   \n".utf8)
        bytes += Array(#"{"text": "No date."}"#.utf8) + [0x0A]
        bytes += Array(#"{"text": "Caf"#.utf8) + [0xE9] + Array(#"", "date": "2022-05-01"}"#.utf8) + [0x0A]
        bytes += Array(#"{"text": "Last, no newline.", "date": "2022-05-06"}"#.utf8)
        let path = try directory.write("batch.jsonl", bytes)
        #expect(relative(read([path])) == [
            "batch.jsonl:1 → 2022-05-01",
            "batch.jsonl:2 ✗ malformed JSON: not a JSON object",
            "batch.jsonl:4 ✗ no publication date: add a `date YYYY-MM-DD` header or pass --date",
            "batch.jsonl:5 ✗ not valid UTF-8 (bad byte at offset 13)",
            "batch.jsonl:6 → 2022-05-06",
        ])
    }

    @Test("A file over the size limit is refused without being read")
    func sizeLimit() throws {
        let big = try directory.write("big.txt", "date 2022-05-01 " + String(repeating: "word ", count: 100))
        let small = try directory.write("small.txt", "date 2022-05-01 Short.")
        #expect(relative(read([big, small], maxBytes: 100)) == [
            "big.txt ✗ too large: 516 bytes, over the limit of 100 (see --max-bytes)",
            "small.txt → 2022-05-01",
        ])
    }

    @Test("A JSON line over the size limit is refused by line; the next line is read")
    func jsonLineSizeLimit() throws {
        let long = #"{"text": ""# + String(repeating: "x", count: 300_000) + #"", "date": "2022-05-01"}"#
        let path = try directory.write("long.jsonl", long + "\n" + #"{"text": "Short.", "date": "2022-05-02"}"# + "\n")
        #expect(relative(read([path], maxBytes: 1000)) == [
            "long.jsonl:1 ✗ too large: \(long.utf8.count) bytes, over the limit of 1000 (see --max-bytes)",
            "long.jsonl:2 → 2022-05-02",
        ])
    }

    @Test("Missing paths, empty files, binary and non-UTF-8 files each fail with a reason; the rest is read")
    func badInputs() throws {
        let empty = try directory.write("empty.txt", [UInt8]())
        let latin1 = try directory.write("latin1.txt", Array("date 2022-05-01 Caf".utf8) + [0xE9, 0x2E])
        let binary = try directory.write("binary.txt", [0x64, 0x61, 0x00, 0x01])
        let good = try directory.write("good.txt", "date 2022-05-01 Fine.")
        let emptyDirectory = directory.path("nothing")
        try FileManager.default.createDirectory(atPath: emptyDirectory, withIntermediateDirectories: true)
        #expect(relative(read([directory.path("missing.txt"), empty, latin1, binary, emptyDirectory, good])) == [
            "missing.txt ✗ no such file or directory",
            "empty.txt ✗ empty: no text to read",
            "latin1.txt ✗ not valid UTF-8 (bad byte at offset 19)",
            "binary.txt ✗ binary data (NUL byte at offset 2), not an article",
            "nothing ✗ no .txt or .jsonl files in this directory",
            "good.txt → 2022-05-01",
        ])
    }

    @Test("- reads one article from standard input; --date supplies a missing date")
    func standardInput() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("No header here.".utf8))
        try pipe.fileHandleForWriting.close()
        #expect(read(["-"], fallbackDate: day("2024-03-01"), standardInput: pipe.fileHandleForReading.fileDescriptor)
            == ["<stdin> → 2024-03-01"])
    }

    @Test("Items come one at a time: the walk stops where the consumer stops")
    func streams() throws {
        for index in 0..<5 { try directory.write("many/\(index).txt", "date 2022-05-0\(index + 1) Text \(index).") }
        let iterator = ArticleFiles(paths: [directory.path("many")]).makeIterator()
        guard case .article(let first, _) = iterator.next() else {
            Issue.record("expected an article")
            return
        }
        #expect(first.body == "Text 0.")
        var rest = 0
        while iterator.next() != nil { rest += 1 }
        #expect(rest == 4)
    }
}
