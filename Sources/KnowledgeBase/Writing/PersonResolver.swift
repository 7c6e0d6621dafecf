import Extraction
import SQLite

/// Finds the person a `PersonFact` names among the people already known, or creates one.
///
/// The rules, which make the result independent of the order articles arrive in:
/// - A full name ("Benny Gantz") is a known person when every form stored for that person
///   (`person_names`) agrees with it: the same surname, given names that are equal, an initial of
///   one another or a nickname pair ("Benny" and "Benjamin", through nicknames.tsv), and a country
///   the person was seen with (or none known). The very same full name needs no country check,
///   as articles often give a visitor the host's country. A name written in the other order
///   ("Kihara Minoru") is the same name. "Jake Sullivan" and "Dan Sullivan" stay two people.
/// - When exactly one person agrees, the mention is theirs; when none does, it is a new person.
///   When several do and all their given names agree, the mention shows them to be one person
///   and they are merged ("Emmanuel Macron" joins "E. Macron" of FR and "Emmanuel Macron" of LB);
///   when their given names disagree ("J. Sullivan" beside Jake and John Sullivan), the mention
///   becomes a person of its own rather than being given to one of them by chance.
/// - A surname alone ("Austin") means whoever the article itself calls that: the extractor
///   already gives its full name. An article that never gives one names someone we cannot place
///   with confidence, so across articles a surname alone is only ever merged with the same
///   surname alone seen with the same country.
///
/// Every surface form becomes an alias; the displayed name is the most complete full form seen
/// (most words, then most letters, then alphabetical order) and the country the one seen most
/// often; the title and country become a role with the first and last day seen.
struct PersonResolver {
    private let database: Database
    /// The given names stored with each surname, kept for the transaction.
    let givenNames: StoredGivenNames
    private let findPeople: Statement
    private let findForms: Statement
    private let findSurnameOnly: Statement
    private let insertPerson: Statement
    private let insertName: Statement
    private let findPerson: Statement
    private let findCountries: Statement
    private let updatePerson: Statement
    private let findAliases: Statement
    private let insertAlias: Statement
    private let upsertRole: Statement
    private let merges: [Statement]
    private let deletePerson: Statement

    init(database: Database) throws {
        self.database = database
        givenNames = try StoredGivenNames(database: database)
        findPeople = try database.prepare(
            "SELECT DISTINCT person_id FROM person_names WHERE surname_folded = ? AND given_folded = ?")
        // The forms `known` weighs: those with the surname, and those written in the other order.
        findForms = try database.prepare("""
            SELECT given_folded, surname_folded, country FROM person_names
            WHERE person_id = ?1 AND surname_folded IN (?2, ?3) AND given_folded <> ''
            """)
        findSurnameOnly = try database.prepare("""
            SELECT person_id FROM person_names
            WHERE surname_folded = ? AND given_folded = '' AND country = ?
            ORDER BY person_id LIMIT 1
            """)
        insertPerson = try database.prepare(
            "INSERT INTO people (name, surname_folded, country, first_article_id) VALUES (?, ?, ?, ?)")
        insertName = try database.prepare("""
            INSERT INTO person_names (person_id, given_folded, surname_folded, country) VALUES (?, ?, ?, ?)
            ON CONFLICT (person_id, surname_folded, given_folded, country) DO UPDATE SET mentions = mentions + 1
            """)
        findPerson = try database.prepare("SELECT name, country FROM people WHERE id = ?")
        // The countries a person was seen with, each form's mentions: `improve` sums them (a GROUP
        // BY here would open a temporary b-tree, which costs more than the query).
        findCountries = try database.prepare(
            "SELECT country, mentions FROM person_names WHERE person_id = ? AND country <> ''")
        updatePerson = try database.prepare("UPDATE people SET name = ?2, surname_folded = ?3, country = ?4 WHERE id = ?1")
        // Full names only: the display name is the most complete form an article gave as a name.
        // In no order: `moreComplete` is a total order, so the best is the same whatever the order.
        findAliases = try database.prepare("""
            SELECT alias FROM person_aliases WHERE person_id = ? AND instr(alias, ' ') > 0
            """)
        insertAlias = try database.prepare(
            "INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_folded) VALUES (?, ?, ?)")
        // An unknown country is '' in the key (migrations/0008_compact_roles_and_spans.sql).
        upsertRole = try database.prepare("""
            INSERT INTO person_roles (person_id, title, country, first_seen, last_seen, article_id)
            VALUES (?1, ?2, ifnull(?3, ''), ?4, ?4, ?5)
            ON CONFLICT (person_id, title, country) DO UPDATE SET
                article_id = CASE WHEN excluded.first_seen < first_seen THEN excluded.article_id ELSE article_id END,
                first_seen = min(first_seen, excluded.first_seen),
                last_seen = max(last_seen, excluded.last_seen)
            """)
        // Moving person ?2's rows to person ?1 (then deleting ?2), keeping the same rules as above.
        merges = [
            try database.prepare("""
                INSERT INTO person_names (person_id, given_folded, surname_folded, country, mentions)
                SELECT ?1, given_folded, surname_folded, country, mentions FROM person_names WHERE person_id = ?2 AND true
                ON CONFLICT (person_id, surname_folded, given_folded, country) DO UPDATE SET mentions = mentions + excluded.mentions
                """),
            try database.prepare("""
                INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_folded)
                SELECT ?1, alias, alias_folded FROM person_aliases WHERE person_id = ?2
                """),
            try database.prepare("""
                INSERT INTO person_roles (person_id, title, country, first_seen, last_seen, article_id)
                SELECT ?1, title, country, first_seen, last_seen, article_id FROM person_roles WHERE person_id = ?2 AND true
                ON CONFLICT (person_id, title, country) DO UPDATE SET
                    article_id = CASE WHEN excluded.first_seen < first_seen THEN excluded.article_id ELSE article_id END,
                    first_seen = min(first_seen, excluded.first_seen),
                    last_seen = max(last_seen, excluded.last_seen)
                """),
            try database.prepare("""
                INSERT INTO meeting_participants (meeting_id, person_id, principal, position, title, country)
                SELECT meeting_id, ?1, principal, position, title, country FROM meeting_participants WHERE person_id = ?2 AND true
                ON CONFLICT (meeting_id, person_id) DO UPDATE SET
                    principal = min(principal, excluded.principal),
                    position = min(position, excluded.position),
                    title = coalesce(min(title, excluded.title), title, excluded.title),
                    country = coalesce(min(country, excluded.country), country, excluded.country)
                """),
            try database.prepare("""
                UPDATE people SET first_article_id = min(first_article_id, (SELECT first_article_id FROM people WHERE id = ?2))
                WHERE id = ?1
                """),
        ]
        deletePerson = try database.prepare("DELETE FROM people WHERE id = ?")
    }

    /// The statements that look stored people up, for tests to check that they use an index.
    var lookups: [Statement] { givenNames.lookups + [findPeople, findForms, findSurnameOnly, findPerson, findCountries, findAliases] }

    /// Resolves every person of an article; the result maps each folded name and alias of the
    /// facts to its person, for the meeting writer to find participants by. `created` counts the
    /// people that were new; `merged` gains the people that others were merged into.
    func resolve(_ facts: [PersonFact], in context: FactContext, created: inout Int,
                 merged targets: inout Set<Int64>) throws -> [String: ResolvedPerson] {
        var people: [String: ResolvedPerson] = [:]
        var merged: [Int64: Int64] = [:]
        for fact in facts {
            let person = ResolvedPerson(id: try resolve(fact, in: context, created: &created, merged: &merged), fact: fact)
            for form in [fact.name] + fact.aliases {
                let folded = Folding.fold(form)
                if people[folded] == nil { people[folded] = person }
            }
        }
        // A later fact may have merged the person an earlier one found into another.
        func current(_ id: Int64) -> Int64 { merged[id].map(current) ?? id }
        targets.formUnion(merged.values.map(current))
        return people.mapValues { ResolvedPerson(id: current($0.id), fact: $0.fact) }
    }

    private func resolve(_ fact: PersonFact, in context: FactContext, created: inout Int,
                         merged: inout [Int64: Int64]) throws -> Int64 {
        let name = fact.name.trimmingWhitespace()
        guard !name.isEmpty else { throw context.invalid("a person has an empty name") }
        try context.check(fact.evidence, of: "person \(name.debugDescription)")
        let country = try context.country(fact.country)
        let parts = PersonName(name)
        let countryKey = fact.country ?? ""

        let id: Int64
        let isKnown: Bool
        let candidates = try known(parts, country: countryKey)
        if let found = candidates.first {
            id = found
            isKnown = true
            for other in candidates.dropFirst() {
                for statement in merges { try statement.run([.integer(id), .integer(other)]) }
                try deletePerson.run([.integer(other)])
                merged[other] = id
            }
        } else {
            try insertPerson.run([.text(name), .text(parts.surname), country, .integer(context.articleID)])
            id = database.lastInsertRowID
            isKnown = false
            created += 1
        }
        try insertName.run([.integer(id), .text(parts.given), .text(parts.surname), .text(countryKey)])
        givenNames.stored(parts)
        for alias in [name] + fact.aliases.map({ $0.trimmingWhitespace() }) where !alias.isEmpty {
            try insertAlias.run([.integer(id), .text(alias), .text(Folding.fold(alias))])
        }
        if let title = fact.title?.trimmingWhitespace(), !title.isEmpty {
            try upsertRole.run([.integer(id), .text(title), country, .text(context.article.date.description),
                                .integer(context.articleID)])
        }
        if isKnown { try improve(id) }
        return id
    }

    /// The known people `name`, seen with `country` ("" when unknown), is, in id order: none;
    /// one; or several that the name shows to be one person (their given names all agree, as
    /// "Emmanuel Macron" joins "E. Macron" of FR and "Emmanuel Macron" of LB), to be merged.
    /// A name that fits people whose given names disagree (Jake and John beside "J.") is nobody's.
    private func known(_ name: PersonName, country: String) throws -> [Int64] {
        if name.isSurnameOnly {
            return try findSurnameOnly.rows([.text(name.surname), .text(country)]) { $0.int64(at: 0) }
        }
        // Only people with a form that agrees with the name, or is the name written in the other
        // order, can be it: they are found by given name, and only their forms are read.
        var people: Set<Int64> = []
        for given in try givenNames.agreeing(with: name) {
            people.formUnion(try findPeople.rows([.text(name.surname), .text(given)]) { $0.int64(at: 0) })
        }
        if name.surname.count > 1 {
            people.formUnion(try findPeople.rows([.text(name.given), .text(name.surname)]) { $0.int64(at: 0) })
        }
        var forms: [Int64: [(name: PersonName, country: String)]] = [:]
        for person in people {
            forms[person] = try findForms.rows([.integer(person), .text(name.surname), .text(name.given)]) { row in
                (PersonName(given: row.text(at: 0) ?? "", surname: row.text(at: 1) ?? ""), row.text(at: 2) ?? "")
            }
        }
        // Forms with another surname were fetched only to find the name written in the other order.
        // The very same full name is one person whatever country an article's context suggested
        // (extraction often gives a visitor the host's country); looser agreement (an initial, a
        // nickname) also needs a country the person was already seen with, or an unknown one.
        func agrees(_ stored: PersonName) -> Bool {
            stored.surname == name.surname && givenNames.agree(stored.given, name.given)
        }
        let candidates = forms.filter { _, stored in
            let exact = stored.contains { $0.name.isReversal(of: name) || ($0.name == name && name.given.count > 1) }
            let countries = Set(stored.map(\.country).filter { !$0.isEmpty })
            return stored.contains { agrees($0.name) || $0.name.isReversal(of: name) }
                && stored.allSatisfy { $0.name.surname != name.surname || agrees($0.name) }
                && (exact || country.isEmpty || countries.isEmpty || countries.contains(country))
        }
        guard candidates.count > 1 else { return Array(candidates.keys) }
        let given = candidates.values.flatMap { $0.filter { $0.name.surname == name.surname }.map(\.name.given) }
        let agree = given.allSatisfy { a in given.allSatisfy { b in givenNames.agree(a, b) } }
        return agree ? candidates.keys.sorted() : []
    }

    /// Keeps the most complete name as the person's display name, and as their country the one
    /// seen most often (then the first alphabetically).
    private func improve(_ id: Int64) throws {
        guard let (current, currentCountry) = try findPerson.rows([.integer(id)], { ($0.text(at: 0) ?? "", $0.text(at: 1)) }).first
        else { return }
        var mentions: [String: Int64] = [:]
        _ = try findCountries.rows([.integer(id)]) { mentions[$0.text(at: 0) ?? "", default: 0] += $0.int64(at: 1) }
        // The most mentions, then the first alphabetically; nil when no country was seen.
        let country = mentions.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
        let names = try findAliases.rows([.integer(id)]) { $0.text(at: 0) ?? "" }
        let best = names.reduce(current) { Self.moreComplete($1, $0) ? $1 : $0 }
        guard best != current || country != currentCountry else { return }
        try updatePerson.run([.integer(id), .text(best), .text(Folding.surname(of: best)), .text(country)])
    }

    /// True when `a` is a more complete form of a name than `b`: more words, then more letters,
    /// then first in alphabetical order, so that the choice never depends on which came first.
    static func moreComplete(_ a: String, _ b: String) -> Bool {
        let wordsA = a.split(whereSeparator: \.isWhitespace).count, wordsB = b.split(whereSeparator: \.isWhitespace).count
        if wordsA != wordsB { return wordsA > wordsB }
        if a.count != b.count { return a.count > b.count }
        return a < b
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
