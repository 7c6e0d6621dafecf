import SQLite

/// Finds or creates topics by name (case-insensitively, as the `topics.name` column compares).
struct TopicIndex {
    private let insert: Statement
    private let find: Statement

    init(database: Database) throws {
        insert = try database.prepare("INSERT OR IGNORE INTO topics (name) VALUES (?)")
        find = try database.prepare("SELECT id FROM topics WHERE name = ?")
    }

    /// The id of the topic called `name`, created when new.
    func id(named name: String) throws -> Int64 {
        let name = name.trimmingWhitespace()
        try insert.run([.text(name)])
        guard let id = try find.rows([.text(name)], { $0.int64(at: 0) }).first else {
            preconditionFailure("a topic inserted or ignored in this transaction is always found")
        }
        return id
    }
}
