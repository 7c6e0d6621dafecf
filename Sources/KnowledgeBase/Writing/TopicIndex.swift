import SQLite

/// Finds or creates topics by name (case-insensitively, as the `topics.name` column compares).
///
/// The ids found are remembered until `forget()`, which the writers call whenever rows written
/// may have been undone (a rolled-back article or transaction) or changed by another connection
/// (a new transaction): a topic is never deleted otherwise.
final class TopicIndex {
    private let insert: Statement
    private let find: Statement
    private var ids: [String: Int64] = [:]

    init(database: Database) throws {
        insert = try database.prepare("INSERT OR IGNORE INTO topics (name) VALUES (?)")
        find = try database.prepare("SELECT id FROM topics WHERE name = ?")
    }

    /// The id of the topic called `name`, created when new.
    func id(named name: String) throws -> Int64 {
        if let id = ids[name] { return id }
        let trimmed = name.trimmingWhitespace()
        try insert.run([.text(trimmed)])
        guard let id = try find.rows([.text(trimmed)], { $0.int64(at: 0) }).first else {
            preconditionFailure("a topic inserted or ignored in this transaction is always found")
        }
        ids[name] = id
        return id
    }

    /// Forgets the ids found.
    func forget() { ids = [:] }

    /// The ids of the topics called `names`, in order, as a JSON array for `json_each`: the links
    /// of an article or a meeting to its topics are written in one statement, since each statement
    /// that fires a trigger (topic_counts) journals the pages it changes for its own rollback.
    func idArray(named names: [String]) throws -> SQLiteValue {
        .text("[" + (try names.map { String(try id(named: $0)) }).joined(separator: ",") + "]")
    }
}
