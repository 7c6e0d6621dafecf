import Extraction
import SQLite

/// Finds the person a `PersonFact` names among the people already known, or creates one.
///
/// Today's rule: a known person is the one with an alias whose folded form equals the new full
/// name's folded form ("Lloyd J. Austin III" finds whoever was once called that, whatever the
/// case or accents). Every surface form of the fact becomes an alias, and its title and country
/// become a role with the first and last day it was seen.
struct PersonResolver {
    /// How many people `resolve` created.
    private(set) var created = 0

    private let findByAlias: Statement
    private let insertPerson: Statement
    private let insertAlias: Statement
    private let upsertRole: Statement

    init(database: Database) throws {
        findByAlias = try database.prepare(
            "SELECT person_id FROM person_aliases WHERE alias_folded = ? ORDER BY person_id LIMIT 1")
        insertPerson = try database.prepare(
            "INSERT INTO people (name, surname_folded, country, first_article_id) VALUES (?, ?, ?, ?)")
        insertAlias = try database.prepare(
            "INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_folded) VALUES (?, ?, ?)")
        upsertRole = try database.prepare("""
            INSERT INTO person_roles (person_id, title, country, first_seen, last_seen, article_id)
            VALUES (?1, ?2, ?3, ?4, ?4, ?5)
            ON CONFLICT (person_id, title, ifnull(country, '')) DO UPDATE SET
                first_seen = min(first_seen, excluded.first_seen),
                last_seen = max(last_seen, excluded.last_seen)
            """)
    }

    /// Resolves every person of an article; the result maps each folded name and alias of the
    /// facts to its person, for the meeting writer to find participants by.
    mutating func resolve(_ facts: [PersonFact], in context: FactContext) throws -> [String: ResolvedPerson] {
        var people: [String: ResolvedPerson] = [:]
        for fact in facts {
            let person = ResolvedPerson(id: try resolve(fact, in: context), fact: fact)
            for form in [fact.name] + fact.aliases {
                let folded = Folding.fold(form)
                if people[folded] == nil { people[folded] = person }
            }
        }
        return people
    }

    private mutating func resolve(_ fact: PersonFact, in context: FactContext) throws -> Int64 {
        let name = fact.name.trimmingWhitespace()
        guard !name.isEmpty else { throw context.invalid("a person has an empty name") }
        try context.check(fact.evidence, of: "person \(name.debugDescription)")
        let country = try context.country(fact.country)

        let id: Int64
        let existing = try findByAlias.rows([.text(Folding.fold(name))]) { $0.int64(at: 0) }
        if let found = existing.first {
            id = found
        } else {
            try insertPerson.run([.text(name), .text(Folding.surname(of: name)), country, .integer(context.articleID)])
            id = context.database.lastInsertRowID
            created += 1
        }
        for alias in [name] + fact.aliases.map({ $0.trimmingWhitespace() }) where !alias.isEmpty {
            try insertAlias.run([.integer(id), .text(alias), .text(Folding.fold(alias))])
        }
        if let title = fact.title?.trimmingWhitespace(), !title.isEmpty {
            try upsertRole.run([.integer(id), .text(title), country, .text(context.article.date.description),
                                .integer(context.articleID)])
        }
        return id
    }
}

/// A person of the article being ingested: the stored id, and what the article says of them.
struct ResolvedPerson {
    let id: Int64
    let fact: PersonFact
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
