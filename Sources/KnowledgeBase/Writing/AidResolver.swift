import Extraction
import SQLite

/// Writes aid: the same commitment reported by several articles is one `aid_commitments` row with
/// one `aid_spans` row (seen with its sentence in `aid_sources`) per report.
///
/// A report is a stored commitment when donor, recipient, currency and `cumulative` are the same,
/// the amounts agree within rounding (`$4.8 billion` and `$4.83 billion`; `$5 billion` and
/// `$4.8 billion`, one written with fewer significant digits), and the dates are compatible: the
/// spans overlap once each is widened by `slackDays`, since an article that restates a pledge
/// without its date is dated by its own publication. A running total (`cumulative`) is never
/// merged with a new commitment, and never summed with one (see `AidReport`).
///
/// The stored row keeps the most precise amount (most significant digits, then the smaller), the
/// most precise date (then the earlier), and the most specific kind: the same whichever report
/// came first.
struct AidResolver {
    /// How many days apart two dated reports of one commitment may be.
    static let slackDays = 14

    private let database: Database
    private let insertCommitment: Statement
    private let insertSource: Statement
    private let findCandidates: Statement
    private let findImpreciseCandidates: Statement
    private let updateCommitment: Statement
    private let moveSources: Statement
    private let deleteCommitment: Statement

    init(database: Database) throws {
        self.database = database
        insertCommitment = try database.prepare("""
            INSERT INTO aid_commitments
                (donor, recipient, amount, currency, kind, date, date_precision, cumulative, amount_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // The sentence is not stored: `aid_sources` reads it from the body at these offsets.
        // The same report twice (the same sentence of the same article) is one row.
        insertSource = try database.prepare("INSERT OR IGNORE INTO aid_spans (aid_id, article_id, start, end) VALUES (?, ?, ?, ?)")
        // Commitments with the same key dated within the report's span widened by the slack, and
        // less precise ones (a month, a year) that may contain it: both found by index, in two
        // statements, since a UNION would open two temporary b-trees and cost twice as much.
        findCandidates = try database.prepare("""
            SELECT id, amount, amount_text, kind, date, date_precision FROM aid_commitments
            WHERE currency = ?1 AND donor IS ?2 AND recipient IS ?3 AND cumulative = ?4 AND date BETWEEN ?5 AND ?6
            """)
        findImpreciseCandidates = try database.prepare("""
            SELECT id, amount, amount_text, kind, date, date_precision FROM aid_commitments INDEXED BY aid_commitments_imprecise_key
            WHERE currency = ?1 AND donor IS ?2 AND recipient IS ?3 AND cumulative = ?4 AND date BETWEEN ?5 AND ?6
              AND date_precision <> 'day'
            """)
        updateCommitment = try database.prepare("""
            UPDATE aid_commitments SET amount = ?2, amount_text = ?3, kind = ?4, date = ?5, date_precision = ?6 WHERE id = ?1
            """)
        // A report both commitments had stays with `other`, and goes with it.
        moveSources = try database.prepare("UPDATE OR IGNORE aid_spans SET aid_id = ?1 WHERE aid_id = ?2")
        deleteCommitment = try database.prepare("DELETE FROM aid_commitments WHERE id = ?")
    }

    /// The statements that look stored commitments up, for tests to check that they use an index.
    var lookups: [Statement] { [findCandidates, findImpreciseCandidates] }

    func write(_ fact: AidFact, in context: FactContext) throws {
        let label = "aid of \(fact.amountText.debugDescription)"
        try context.check(fact.evidence, of: label)
        guard fact.amount >= 0 else { throw context.invalid("\(label): negative amount \(fact.amount)") }
        guard fact.currency.utf8.count == 3, fact.currency.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            throw context.invalid("\(label): currency \(fact.currency.debugDescription) is not an ISO 4217 code")
        }
        let donor = try context.country(fact.donor), recipient = try context.country(fact.recipient)
        let report = StoredCommitment(id: 0, amount: fact.amount, amountText: fact.amountText, kind: fact.kind.rawValue,
                                      span: DateSpan(fact.date, fact.datePrecision))
        let aidID: Int64
        if let existing = try existingCommitment(for: report, fact: fact) {
            aidID = existing.id
            try save(existing.combined(with: report))
        } else {
            try insertCommitment.run([donor, recipient, .integer(fact.amount), .text(fact.currency), .text(fact.kind.rawValue),
                                      .text(fact.date.description), .text(fact.datePrecision.rawValue),
                                      .bool(fact.cumulative), .text(fact.amountText)])
            aidID = database.lastInsertRowID
        }
        try insertSource.run([.integer(aidID), .integer(context.articleID), .integer(fact.evidence.start), .integer(fact.evidence.end)])
    }

    /// The stored commitment `report` restates, if any; stored commitments it shows to be one
    /// are merged first.
    private func existingCommitment(for report: StoredCommitment, fact: AidFact) throws -> StoredCommitment? {
        func commitment(_ row: Statement) -> StoredCommitment {
            StoredCommitment(id: row.int64(at: 0), amount: row.int64(at: 1), amountText: row.text(at: 2) ?? "",
                             kind: row.text(at: 3) ?? "other",
                             span: DateSpan(stored: row.text(at: 4), precision: row.text(at: 5)) ?? report.span)
        }
        let key: [SQLiteValue] = [.text(fact.currency), .text(fact.donor), .text(fact.recipient), .bool(fact.cumulative)]
        let within = try findCandidates.rows(key + [
            .text(report.span.first.adding(days: -Self.slackDays).description),
            .text(report.span.last.adding(days: Self.slackDays).description),
        ], commitment)
        let imprecise = try findImpreciseCandidates.rows(key + [
            .text(report.span.searchStart.adding(days: -Self.slackDays).description),
            .text(report.span.last.adding(days: 366 + Self.slackDays).description),
        ], commitment)
        // In id order, each once, as the UNION gave them.
        var seen: Set<Int64> = []
        let rows = (within + imprecise).sorted { $0.id < $1.id }.filter { seen.insert($0.id).inserted }
        return try rows.filter { $0.matches(report) }.resolved(
            merge: { other, target in
                try moveSources.run([.integer(target.id), .integer(other.id)])
                try deleteCommitment.run([.integer(other.id)])
            },
            save: save,
            isCloser: { a, b in
                let gapA = abs(a.amount - report.amount), gapB = abs(b.amount - report.amount)
                if gapA != gapB { return gapA < gapB }
                let daysA = abs(a.span.first.ordinal - report.span.first.ordinal)
                let daysB = abs(b.span.first.ordinal - report.span.first.ordinal)
                if daysA != daysB { return daysA < daysB }
                return a.id < b.id
            })
    }

    private func save(_ commitment: StoredCommitment) throws {
        try updateCommitment.run([.integer(commitment.id), .integer(commitment.amount), .text(commitment.amountText),
                                  .text(commitment.kind), .text(commitment.span.first.description),
                                  .text(commitment.span.precision.rawValue)])
    }
}

/// A commitment as resolution compares it: a stored row, or a new report of one (id 0). Donor,
/// recipient, currency and `cumulative` are equal by construction (the lookup's key).
struct StoredCommitment: StoredRecord {
    let id: Int64
    var amount: Int64
    var amountText: String
    var kind: String
    var span: DateSpan

    func matches(_ other: StoredCommitment) -> Bool {
        span.overlaps(other.span, slack: AidResolver.slackDays) && Self.amountsAgree(amount, other.amount)
    }

    /// The more precise amount and date, and the more specific kind, ties to the smaller value.
    func combined(with other: StoredCommitment) -> StoredCommitment {
        var result = self
        let digits = Self.significantDigits(amount), otherDigits = Self.significantDigits(other.amount)
        if otherDigits > digits || (otherDigits == digits && other.amount < amount) {
            result.amount = other.amount
            result.amountText = other.amountText
        } else if other.amount == amount {
            result.amountText = min(amountText, other.amountText)
        }
        if other.span.rank > span.rank || (other.span.rank == span.rank && other.span.first < span.first) { result.span = other.span }
        if kind == "other" || (other.kind != "other" && other.kind < kind) { result.kind = other.kind }
        return result
    }

    /// True when two amounts are one figure written with more or less precision: the finer one
    /// rounds to the coarser ($4.83 billion → $4.8 billion), or they are within 1% of each other.
    static func amountsAgree(_ a: Int64, _ b: Int64) -> Bool {
        if a == b { return true }
        guard a > 0, b > 0 else { return false }
        let (coarse, fine) = significantDigits(a) <= significantDigits(b) ? (a, b) : (b, a)
        if rounded(fine, toSignificantDigits: significantDigits(coarse)) == coarse { return true }
        return Double(abs(a - b)) <= 0.01 * Double(max(a, b))
    }

    /// The digits of `amount` without its trailing zeros: 4_800_000_000 has 2.
    static func significantDigits(_ amount: Int64) -> Int {
        guard amount != 0 else { return 0 }
        var value = amount
        while value % 10 == 0 { value /= 10 }
        return String(value).count
    }

    /// `amount` rounded half up to `digits` significant digits.
    static func rounded(_ amount: Int64, toSignificantDigits digits: Int) -> Int64 {
        let length = String(amount).count
        guard digits > 0, length > digits else { return amount }
        var scale: Int64 = 1
        for _ in 0..<(length - digits) { scale *= 10 }
        let (sum, overflow) = amount.addingReportingOverflow(scale / 2)
        return overflow ? amount : sum / scale * scale
    }
}
