import Extraction
import SQLite

/// One aid commitment as queries return it. Fields are added, never renamed or retyped; their
/// JSON names are the snake_case keys below, in this order.
public struct AidRow: Codable, Equatable, Sendable {
    public var id: Int64
    /// `YYYY-MM-DD`.
    public var date: String
    /// Country code or body short name; nil when the text names none.
    public var donor: String?
    public var recipient: String?
    /// Exact, in whole units of `currency`.
    public var amount: Int64
    /// ISO 4217.
    public var currency: String
    /// `military`, `humanitarian`, `economic`, `financial`, `development` or `other`.
    public var kind: String
    /// A running total: shown, never added into totals.
    public var cumulative: Bool
    /// The sentence the commitment was read from.
    public var evidence: String?
    /// `day`, `month`, `year` or `unknown`: how much of `date` the text stated (a month or a
    /// year is dated to its first day).
    public var datePrecision: String = "day"

    public init(id: Int64, date: String, donor: String?, recipient: String?, amount: Int64, currency: String,
                kind: String, cumulative: Bool, evidence: String?) {
        self.id = id
        self.date = date
        self.donor = donor
        self.recipient = recipient
        self.amount = amount
        self.currency = currency
        self.kind = kind
        self.cumulative = cumulative
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case id, date, donor, recipient, amount, currency, kind, cumulative, evidence
    }

    // Encoded by hand so that a missing donor, recipient or evidence is `null`, not an absent key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(donor, forKey: .donor)
        try container.encode(recipient, forKey: .recipient)
        try container.encode(amount, forKey: .amount)
        try container.encode(currency, forKey: .currency)
        try container.encode(kind, forKey: .kind)
        try container.encode(cumulative, forKey: .cumulative)
        try container.encode(evidence, forKey: .evidence)
    }
}

/// The sum of the new commitments in one currency.
public struct AidTotal: Codable, Equatable, Sendable {
    public var currency: String
    public var amount: Int64
    /// How many commitments the sum adds up (cumulative rows are never among them).
    public var commitments: Int

    public init(currency: String, amount: Int64, commitments: Int) {
        self.currency = currency
        self.amount = amount
        self.commitments = commitments
    }
}

/// Aid commitments, oldest first, and their totals per currency.
public struct AidReport: Equatable, Sendable {
    public var rows: [AidRow]
    /// One per currency, by currency code. Cumulative rows (running totals) are left out: adding
    /// them to the commitments they already include would count money twice.
    public var totals: [AidTotal]

    public init(rows: [AidRow]) {
        self.rows = rows
        // A few currencies: found in a short array by comparison, where a dictionary hashed each row's.
        var sums: [AidTotal] = []
        // By index: a row taken whole would be copied, its seven strings retained and released.
        for index in rows.indices where !rows[index].cumulative {
            let currency = rows[index].currency
            let place: Int
            if let found = sums.firstIndex(where: { $0.currency == currency }) {
                place = found
            } else {
                place = sums.count
                sums.append(AidTotal(currency: currency, amount: 0, commitments: 0))
            }
            // Past Int64.max (9.2 quintillion) the sum saturates rather than trapping.
            let (sum, overflow) = sums[place].amount.addingReportingOverflow(rows[index].amount)
            sums[place].amount = overflow ? .max : sum
            sums[place].commitments += 1
        }
        totals = sums.sorted { $0.currency < $1.currency }
    }
}

extension KnowledgeBase {
    /// Aid commitments dated within `from`…`to` (inclusive), optionally from one donor and to one
    /// recipient (codes, any case) and of one kind, oldest first, with totals per currency.
    /// Without `evidence`, rows leave it nil and are read from an index alone, not from their
    /// reports' articles.
    public func aid(from: Day? = nil, to: Day? = nil, donor: String? = nil, recipient: String? = nil,
                    kind: AidKind? = nil, evidence: Bool = true) throws -> AidReport {
        try reading { () throws -> AidReport in
            let statement = try database.prepare(Self.aidSQL(donor: donor != nil, recipient: recipient != nil, kind: kind != nil,
                                                             evidence: evidence))
            try statement.bind(Self.aidValues(from: from, to: to, donor: donor, recipient: recipient, kind: kind))
            return AidReport(rows: try aidRows(statement, evidence: evidence))
        }
    }

    /// The rows of `statement`, which selects `aidColumns(evidence:)`, bound and not yet stepped;
    /// with `evidence`, each with the sentence of its earliest report, read from its article at the
    /// place the row keeps (`EvidencePlace`).
    func aidRows(_ statement: Statement, evidence: Bool) throws -> [AidRow] {
        var rows: [AidRow] = []
        var places: [EvidencePlace?] = []
        while try statement.step() {
            rows.append(Self.aidRow(statement))
            if evidence { places.append(EvidencePlace(statement, at: 9)) }
        }
        if evidence { try EvidencePlace.read(places, in: database) { rows[$0].evidence = $1 } }
        return rows
    }

    /// The columns of a list of aid, of the commitments `a`: those of `aidRow`, then, with `evidence`,
    /// the place of the evidence (`aidRows` reads it).
    static func aidColumns(evidence: Bool = true) -> String {
        "a.id, a.date, a.date_precision, a.donor, a.recipient, a.amount, a.currency, a.kind, a.cumulative"
            + (evidence ? ", " + EvidencePlace.columns(of: "a") : "")
    }

    /// The row at `statement`, which selects `aidColumns()`.
    static func aidRow(_ statement: Statement) -> AidRow {
        var row = AidRow(
            id: statement.int64(at: 0), date: statement.text(at: 1) ?? "", donor: statement.text(at: 3),
            recipient: statement.text(at: 4), amount: statement.int64(at: 5), currency: statement.text(at: 6) ?? "",
            kind: statement.text(at: 7) ?? "", cumulative: statement.int64(at: 8) != 0, evidence: nil)
        row.datePrecision = statement.text(at: 2) ?? "day"
        return row
    }

    /// Aid commitments within `:from`…`:to` (each may be null), and, for the filters present, of
    /// `:donor`, to `:recipient`, of `:kind`.
    ///
    /// The dates are ranges on `date` (never `:from IS NULL OR …`), and a filter not given is left
    /// out of the SQL, so that the planner searches the date index, or the donor's or recipient's
    /// (QueryPlanTests asserts it). Within dates alone, aid_commitments_by_date holds every column.
    /// The place of each row's evidence follows (`EvidencePlace`), also in that index; the sentence is
    /// read afterwards.
    static func aidSQL(donor: Bool = false, recipient: Bool = false, kind: Bool = false, evidence: Bool = true) -> String {
        """
        SELECT \(aidColumns(evidence: evidence))
        FROM aid_commitments AS a
        WHERE \(aidFilters(donor: donor, recipient: recipient, kind: kind))
        ORDER BY a.date, a.id
        """
    }

    /// The commitments `a` within `:from`…`:to` (each may be null) and of the filters present.
    /// Codes compare in any case, as the donor and recipient indexes of migration 0004 do.
    static func aidFilters(donor: Bool, recipient: Bool, kind: Bool) -> String {
        var filters = ["a.date >= ifnull(:from, '') AND a.date <= ifnull(:to, '9999-99-99')"]
        if donor { filters.append("a.donor = :donor COLLATE NOCASE") }
        if recipient { filters.append("a.recipient = :recipient COLLATE NOCASE") }
        if kind { filters.append("a.kind = :kind") }
        return filters.joined(separator: " AND ")
    }

    /// The values of `aidFilters` for the filters given.
    static func aidValues(from: Day?, to: Day?, donor: String?, recipient: String?, kind: AidKind?) -> [String: SQLiteValue] {
        var values: [String: SQLiteValue] = [":from": .text(from?.description), ":to": .text(to?.description)]
        if let donor { values[":donor"] = .text(donor) }
        if let recipient { values[":recipient"] = .text(recipient) }
        if let kind { values[":kind"] = .text(kind.rawValue) }
        return values
    }
}
