import Extraction
import SQLite

/// The span aid totals are grouped by.
public enum AidPeriod: String, CaseIterable, Sendable {
    case day, month, year

    /// How many leading characters of a `YYYY-MM-DD` date name the period.
    var prefixLength: Int {
        switch self {
        case .day: return 10
        case .month: return 7
        case .year: return 4
        }
    }
}

/// The sum of the new commitments of one period in one currency.
public struct AidPeriodTotal: Codable, Equatable, Sendable {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var period: String
    public var currency: String
    public var amount: Int64
    /// How many commitments the sum adds up (cumulative rows are never among them).
    public var commitments: Int

    public init(period: String, currency: String, amount: Int64, commitments: Int) {
        self.period = period
        self.currency = currency
        self.amount = amount
        self.commitments = commitments
    }
}

extension KnowledgeBase {
    /// New aid commitments dated within `from`…`to` (inclusive), summed per period and currency,
    /// oldest first. Running totals (`cumulative`) are left out: they would count money twice.
    public func aidTotals(per period: AidPeriod, from: Day? = nil, to: Day? = nil) throws -> [AidPeriodTotal] {
        let statement = try database.prepare(Self.aidTotalsSQL)
        try statement.bind([
            ":length": .integer(Int64(period.prefixLength)),
            ":from": .text(from?.description),
            ":to": .text(to?.description),
        ])
        var totals: [AidPeriodTotal] = []
        while try statement.step() {
            totals.append(AidPeriodTotal(period: statement.text(at: 0) ?? "", currency: statement.text(at: 1) ?? "",
                                         amount: statement.int64(at: 2), commitments: statement.int(at: 3)))
        }
        return totals
    }

    /// New commitments within `:from`…`:to` (each may be null), summed per `:length`-character
    /// date prefix and currency. The bounds are ranges on `date` so that the planner searches the
    /// index (QueryPlanTests asserts it).
    static let aidTotalsSQL = """
        SELECT substr(a.date, 1, :length) AS period, a.currency, sum(a.amount), count(*)
        FROM aid_commitments AS a
        WHERE a.date >= ifnull(:from, '') AND a.date <= ifnull(:to, '9999-99-99') AND a.cumulative = 0
        GROUP BY period, a.currency
        ORDER BY period, a.currency
        """
}
