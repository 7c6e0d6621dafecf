import Extraction
import SQLite

/// One person as queries return them. Fields are added, never renamed or retyped; their JSON
/// names are the snake_case keys below, in this order.
public struct PersonRow: Codable, Equatable, Sendable {
    public var id: Int64
    /// The most complete form of the name seen.
    public var name: String
    /// Country code or body short name; nil when no article said.
    public var country: String?
    /// The title seen last (nil when none was ever given).
    public var title: String?
    /// How many meetings the person took part in.
    public var meetings: Int
    /// Every surface form seen, alphabetically.
    public var aliases: [String]

    public init(id: Int64, name: String, country: String?, title: String?, meetings: Int, aliases: [String]) {
        self.id = id
        self.name = name
        self.country = country
        self.title = title
        self.meetings = meetings
        self.aliases = aliases
    }

    /// "Jake Sullivan (US, National Security Adviser)": enough to tell namesakes apart.
    public var identification: String {
        let details = [country, title].compactMap { $0 }
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }

    enum CodingKeys: String, CodingKey {
        case id, name, country, title, meetings, aliases
    }

    // Encoded by hand so that a missing country or title is `null`, not an absent key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encode(title, forKey: .title)
        try container.encode(meetings, forKey: .meetings)
        try container.encode(aliases, forKey: .aliases)
    }
}

extension KnowledgeBase {
    /// Everyone in the knowledge base, optionally only those of one country (a code, any case),
    /// by name.
    public func people(country: String? = nil) throws -> [PersonRow] {
        // Codes are stored in capitals, so a code bound in capitals searches the country index.
        let ids = try database.prepare(country == nil ? Self.peopleSQL.all : Self.peopleSQL.ofCountry)
            .rows(country.map { [.text($0.uppercased())] }) { $0.int64(at: 0) }
        return try personRows(ids)
    }

    /// The statements `people(named:)` runs: people by alias, by surname, and the forms of names with a surname.
    static let personLookupSQL = (
        alias: "SELECT DISTINCT person_id FROM person_aliases WHERE alias_folded = ?",
        surname: "SELECT id FROM people WHERE surname_folded = ?1 UNION SELECT person_id FROM person_names WHERE surname_folded = ?1",
        forms: "SELECT person_id, given_folded, surname_folded FROM person_names WHERE surname_folded = ?"
    )

    /// The statements `people(country:)` runs: everyone, or the people of the country `?1`.
    static let peopleSQL = (
        all: "SELECT id FROM people ORDER BY name, id",
        ofCountry: "SELECT id FROM people WHERE country = ?1 ORDER BY name, id"
    )

    /// The statements `personRows(_:)` runs for each batch of people `?1` (a JSON array of ids):
    /// their rows (with the number of meetings that migration 0007's triggers keep), and their
    /// aliases by person.
    static let personRowSQL = (
        person: """
        SELECT p.id, p.name, p.country,
               (SELECT r.title FROM person_roles AS r WHERE r.person_id = p.id
                ORDER BY r.last_seen DESC, r.first_seen DESC, r.title LIMIT 1),
               ifnull((SELECT c.meetings FROM person_meetings AS c WHERE c.person_id = p.id), 0)
        FROM people AS p WHERE p.id IN (SELECT value FROM json_each(?1))
        """,
        aliases: """
        SELECT person_id, alias FROM person_aliases WHERE person_id IN (SELECT value FROM json_each(?1))
        ORDER BY person_id, alias_folded, alias
        """
    )

    /// The people `name` may mean: those once called exactly that (any case or accents); else,
    /// for a full name, those whose every known form agrees with it ("Tony Blinken" finds Antony
    /// Blinken); else, for one word, those with that surname. Ordered by name.
    public func people(named name: String) throws -> [PersonRow] {
        let folded = Folding.fold(name)
        var ids = try database.prepare(Self.personLookupSQL.alias)
            .rows([.text(folded)]) { $0.int64(at: 0) }
        if ids.isEmpty {
            let parts = PersonName(name)
            if parts.isSurnameOnly {
                ids = try database.prepare(Self.personLookupSQL.surname).rows([.text(parts.surname)]) { $0.int64(at: 0) }
            } else {
                var forms: [Int64: [PersonName]] = [:]
                _ = try database.prepare(Self.personLookupSQL.forms)
                    .rows([.text(parts.surname)]) { row in
                        forms[row.int64(at: 0), default: []].append(PersonName(given: row.text(at: 1) ?? "", surname: row.text(at: 2) ?? ""))
                    }
                ids = forms.filter { _, names in names.contains { !$0.isSurnameOnly } && names.allSatisfy { $0.agrees(with: parts) } }
                    .map(\.key)
            }
        }
        return try personRows(ids).sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The one person `name` means; nil when nobody fits. Throws `ambiguousPerson`, listing
    /// them, when several people fit.
    public func person(named name: String) throws -> PersonRow? {
        let found = try people(named: name)
        if found.count > 1 { throw KnowledgeBaseError.ambiguousPerson(name: name, candidates: found.map(\.identification)) }
        return found.first
    }

    /// The rows of the people `ids`, in that order.
    func personRows(_ ids: [Int64]) throws -> [PersonRow] {
        let person = try database.prepare(Self.personRowSQL.person)
        let aliases = try database.prepare(Self.personRowSQL.aliases)
        var found: [Int64: PersonRow] = [:]
        found.reserveCapacity(min(ids.count, Self.personBatch))
        var rows: [PersonRow] = []
        rows.reserveCapacity(ids.count)
        for batch in stride(from: 0, to: ids.count, by: Self.personBatch) {
            let batchIDs = ids[batch..<min(ids.count, batch + Self.personBatch)]
            // The ids as a JSON array, which json_each reads back as rows.
            let list: SQLiteValue = .text("[" + batchIDs.map { String($0) }.joined(separator: ",") + "]")
            found.removeAll(keepingCapacity: true)
            _ = try person.rows([list]) { row in
                let id = row.int64(at: 0)
                found[id] = PersonRow(id: id, name: row.text(at: 1) ?? "", country: row.text(at: 2), title: row.text(at: 3),
                                      meetings: row.int(at: 4), aliases: [])
            }
            _ = try aliases.rows([list]) { row in found[row.int64(at: 0)]?.aliases.append(row.text(at: 1) ?? "") }
            rows += batchIDs.compactMap { found[$0] }
        }
        return rows
    }

    /// How many people one batch of `personRowSQL` covers.
    static let personBatch = 500
}
