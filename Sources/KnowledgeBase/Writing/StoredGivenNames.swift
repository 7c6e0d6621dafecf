import SQLite

/// The given names stored with each surname, and those of them that agree with a mention's, read
/// from `person_names` once and kept while no other connection writes.
///
/// `PersonResolver` finds the people a full name may be by these: the people with a form of the
/// same surname whose given name agrees (equal, an initial, a nickname), each an index seek on
/// (surname_folded, given_folded), instead of every form of the surname. A common surname has
/// many people but few distinct given names, so the cost stays flat as the knowledge base grows.
///
/// Names only ever get added by ingest (a merge moves forms between people, it never makes a new
/// pair), so the memo holds every stored pair once read; after a rollback it may hold a few that
/// are gone, which costs a lookup that finds nobody. `Writers` calls `forget()` when a
/// transaction begins after another connection committed (or after one of its own that did not
/// commit), and when the memo grows past `surnameLimit` surnames.
final class StoredGivenNames {
    /// Surname → its distinct non-empty given names, in order.
    private var givens: [String: [String]] = [:]
    /// Surname → a mention's given name → the stored given names that agree with it.
    private var agreeing: [String: [String: [String]]] = [:]
    /// Pairs of given names → whether they agree: a pure function of the two, kept across
    /// transactions (the nickname table makes each comparison fold both names) up to `pairLimit`.
    private var agreement: [Pair: Bool] = [:]
    private static let pairLimit = 100_000
    /// The surnames kept before the memo is dropped, which bounds its memory (a few MB).
    static let surnameLimit = 50_000
    private let findGivens: Statement

    init(database: Database) throws {
        // One statement per surname, reading its forms in the index's order (DISTINCT needs no
        // temporary b-tree). A statement per distinct given name (a min() seek each) cost more:
        // running a statement, not reading a row, was a tenth of ingest's time.
        findGivens = try database.prepare("""
            SELECT DISTINCT given_folded FROM person_names WHERE surname_folded = ? AND given_folded > ''
            """)
    }

    /// The statement that looks given names up, for tests to check that it uses an index.
    var lookups: [Statement] { [findGivens] }

    /// True when the memo holds so many surnames that it should be dropped.
    var isFull: Bool { givens.count > Self.surnameLimit }

    /// Forgets every name read.
    func forget() {
        givens = [:]
        agreeing = [:]
        if agreement.count > Self.pairLimit { agreement = [:] }
    }

    /// `PersonName.givenNamesAgree(a, b)`, remembered.
    func agree(_ a: String, _ b: String) -> Bool {
        let pair = Pair(a: a, b: b)
        if let known = agreement[pair] { return known }
        let result = PersonName.givenNamesAgree(a, b)
        agreement[pair] = result
        return result
    }

    private struct Pair: Hashable {
        let a: String
        let b: String
    }

    /// The stored given names with `name`'s surname that agree with its given name.
    func agreeing(with name: PersonName) throws -> [String] {
        if let known = agreeing[name.surname]?[name.given] { return known }
        let result = try givenNames(of: name.surname).filter { agree($0, name.given) }
        agreeing[name.surname, default: [:]][name.given] = result
        return result
    }

    /// Notes a form just stored, so that the memo keeps holding every stored pair.
    func stored(_ name: PersonName) {
        guard !name.given.isEmpty, var list = givens[name.surname], !list.contains(name.given) else { return }
        list.append(name.given)
        givens[name.surname] = list
        for (given, found) in agreeing[name.surname] ?? [:] where agree(name.given, given) {
            agreeing[name.surname]?[given] = found + [name.given]
        }
    }

    private func givenNames(of surname: String) throws -> [String] {
        if let known = givens[surname] { return known }
        let result = try findGivens.rows([.text(surname)]) { $0.text(at: 0) ?? "" }
        givens[surname] = result
        return result
    }
}
