import Extraction
import Foundation
import KnowledgeBase
import Testing

@Suite("Counting the inputs of a batch", .tags(.medium))
final class ArticleFilesCountTests {
    let directory = TemporaryDirectory()

    @Test("inputCount() is the number of items iterating yields: files, non-blank JSON lines, failures, stdin")
    func countsWhatIterationYields() throws {
        try directory.write("corpus/a.txt", "date 2022-05-01 One.")
        try directory.write("corpus/b/c.txt", "")
        try directory.write("corpus/notes.md", "not an article")
        try directory.write("corpus/batch.jsonl", "{\"text\": \"x\"}\n\n   \n{bad\n{\"text\": \"last, no newline\"}")
        try directory.write("empty.jsonl", "")
        try FileManager.default.createDirectory(atPath: directory.path("nothing"), withIntermediateDirectories: true)
        let files = ArticleFiles(paths: [directory.path("corpus"), directory.path("missing.txt"), directory.path("empty.jsonl"),
                                         directory.path("nothing")])
        #expect(files.inputCount() == 7)
        #expect(files.inputCount() == Array(files).count)
        #expect(ArticleFiles(paths: ["-"]).inputCount() == 1)
    }
}
