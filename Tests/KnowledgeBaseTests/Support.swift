import Extraction
import Foundation
import Testing

@testable import KnowledgeBase

extension Tag {
    /// Pure functions and one small file: milliseconds.
    @Tag static var small: Self
    /// A real database file or a directory tree: tens of milliseconds.
    @Tag static var medium: Self
    /// Other processes: the built binary, the embed script.
    @Tag static var large: Self
}

/// A fresh directory under the system's temporary directory, removed when released. Suites that
/// own one are `final class`es, so each test gets its own and tests run in parallel.
final class TemporaryDirectory {
    let url: URL

    init(_ name: String = #function) {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("attache-\(safe)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

/// The evidence for `sentence` inside `body`, with Unicode scalar offsets as Facts carry them.
func evidence(_ sentence: String, in body: String) -> Evidence {
    guard let range = body.range(of: sentence) else { preconditionFailure("\(sentence) is not in the body") }
    let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: range.lowerBound)
    return Evidence(start: start, end: start + sentence.unicodeScalars.count, text: sentence)
}

/// A day known to be valid.
func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("\(text) is not a day") }
    return day
}

/// Ingests the fixture set (`fixtures/cross-article`, whose people and meetings merge) forwards and
/// backwards, each order into its own knowledge base in `directory`, calling `check` after each
/// article with the article's source; returns the two knowledge bases, named by their order.
func ingestFixturesBothWays(into directory: TemporaryDirectory,
                            checking check: (KnowledgeBase, String) throws -> Void = { _, _ in }) throws
    -> [(name: String, knowledgeBase: KnowledgeBase)]
{
    let articles = ResolutionTests.fixtures
    try #require(articles.count >= 8)
    let extractor = Extractor()
    return try [("forwards", articles), ("backwards", articles.reversed())].map { name, order in
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("\(name).sqlite"))
        for article in order {
            _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract)
            try check(knowledgeBase, "\(name), after \(article.source)")
        }
        return (name, knowledgeBase)
    }
}
