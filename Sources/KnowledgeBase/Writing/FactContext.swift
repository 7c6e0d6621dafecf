import Extraction
import SQLite

/// What every writer needs to know about the article being ingested, and the checks that keep
/// its facts honest: evidence lies inside the body, and codes look like codes.
struct FactContext {
    let database: Database
    let article: Article
    let articleID: Int64
    /// The body as Unicode scalars: evidence offsets count these, as SQLite's substr() does.
    private let scalars: [Unicode.Scalar]
    private let countries: CountryCodes

    init(database: Database, article: Article, articleID: Int64, countries: CountryCodes) {
        self.database = database
        self.article = article
        self.articleID = articleID
        scalars = Array(article.body.unicodeScalars)
        self.countries = countries
    }

    /// Throws unless `evidence` is the text at its offsets in the body.
    func check(_ evidence: Evidence, of fact: String) throws {
        guard evidence.start >= 0, evidence.start <= evidence.end, evidence.end <= scalars.count else {
            throw invalid("\(fact): evidence offsets \(evidence.start)..<\(evidence.end) lie outside the body "
                + "(\(scalars.count) characters)")
        }
        // Scalar by scalar, in place: no string is built for the comparison.
        guard evidence.text.unicodeScalars.elementsEqual(scalars[evidence.start..<evidence.end]) else {
            throw invalid("\(fact): evidence text does not match the body at \(evidence.start)..<\(evidence.end)")
        }
    }

    /// The country code, added to `countries` when new; nil stays nil.
    func country(_ code: String?) throws -> SQLiteValue {
        guard let code else { return .null }
        guard (2...12).contains(code.count), !code.contains(where: \.isWhitespace) else {
            throw invalid("country \(code.debugDescription) is not a code (ISO 3166-1 alpha-2 or a body's short name)")
        }
        try countries.add(code)
        return .text(code)
    }

    /// An `invalidFacts` error naming this article.
    func invalid(_ reason: String) -> KnowledgeBaseError {
        .invalidFacts(source: article.source, reason: reason)
    }
}

/// Adds country codes to `countries`, each once until `forget()`, which the writers call whenever
/// rows written may have been undone (a rolled-back article or transaction).
final class CountryCodes {
    private let insert: Statement
    private var added: Set<String> = []

    init(database: Database) throws {
        insert = try database.prepare("INSERT OR IGNORE INTO countries (code) VALUES (?)")
    }

    /// Adds `code` unless it is stored already.
    func add(_ code: String) throws {
        guard !added.contains(code) else { return }
        try insert.run([.text(code)])
        added.insert(code)
    }

    /// Forgets the codes added.
    func forget() { added = [] }
}
