import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase

extension Attache.Extract {
    /// `extract --jsonl`: one line out for every line in, flushed at once, so that a pipe (or
    /// Spark's `RDD.pipe`) sees each answer as soon as it is ready and nothing accumulates.
    func stream() throws {
        let extractor = Extractor()
        let files = ArticleFiles(paths: paths, reader: ArticleReader(maxBytes: maxBytes, fallbackDate: date),
                                 standardInputIsJSONLines: true)
        for item in files {
            let line: String
            switch item {
            case .failure(let input, let reason):
                Diagnostics.error(input, reason)
                line = try JSONLinesRenderer.sortedObject(StreamError(error: Diagnostics.oneLine(reason), input: input))
            case .article(let article, _):
                if explain { FileHandle.standardError.write(Data((extractor.explain(article) + "\n").utf8)) }
                line = ExtractedArticle(article: article, facts: extractor.extract(article)).sortedJSON
            }
            print(line)
            // A reader that stopped reading (EPIPE) ends the stream; any other failed write is exit 1.
            if fflush(nil) != 0 {  // nil: every C stream; stdout is the one written
                if errno == EPIPE { return }
                Diagnostics.error("stdout", "cannot write: \(String(cString: strerror(errno)))")
                throw ExitCode.inputFailed
            }
        }
    }

    /// The line that answers an input that could not be read.
    private struct StreamError: Encodable {
        let error: String
        let input: String
    }
}
