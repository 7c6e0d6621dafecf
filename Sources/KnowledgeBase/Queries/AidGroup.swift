import Extraction

/// What `aid --group-by` puts commitments together by.
public enum AidGrouping: String, Sendable, CaseIterable {
    case day, month, year, donor, recipient, kind

    /// The group `row` falls in. A date is never shown finer than the text stated it: a
    /// commitment dated only to a month is in the group `2022-07` when grouping by day.
    func key(of row: AidRow) -> String {
        switch self {
        case .day, .month, .year:
            let wanted = self == .day ? 10 : self == .month ? 7 : 4
            let known: Int
            switch row.datePrecision {
            case "day": known = 10
            case "month": known = 7
            case "year": known = 4
            default: known = 0
            }
            return known == 0 ? "unknown" : String(row.date.prefix(min(wanted, known)))
        case .donor: return row.donor ?? ""
        case .recipient: return row.recipient ?? ""
        case .kind: return row.kind
        }
    }
}

/// The commitments of one group in one currency: new commitments summed, running totals
/// counted apart and never added in.
public struct AidGroup: Equatable, Sendable {
    /// The group: a day, month or year (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), a donor or recipient
    /// code (empty when unknown), or a kind.
    public var key: String
    /// ISO 4217.
    public var currency: String
    /// The sum of the new commitments; saturates at Int64.max rather than overflow.
    public var total: Int64
    /// How many new commitments `total` adds up.
    public var commitments: Int
    /// How many running totals ("bringing total aid to $X") fall in the group; they are left out
    /// of `total`, which would otherwise count money twice.
    public var runningTotals: Int
    /// The largest running total reported in the group, shown beside the sum, never added to it.
    public var largestRunningTotal: Int64?

    public init(key: String, currency: String, total: Int64, commitments: Int, runningTotals: Int, largestRunningTotal: Int64?) {
        self.key = key
        self.currency = currency
        self.total = total
        self.commitments = commitments
        self.runningTotals = runningTotals
        self.largestRunningTotal = largestRunningTotal
    }
}

extension AidReport {
    /// The rows grouped by `grouping` and currency, in order of group, then currency. Money in
    /// different currencies is never added together.
    public func groups(by grouping: AidGrouping) -> [AidGroup] {
        var groups: [String: [String: AidGroup]] = [:]
        for row in rows {
            let key = grouping.key(of: row)
            var group = groups[key]?[row.currency]
                ?? AidGroup(key: key, currency: row.currency, total: 0, commitments: 0, runningTotals: 0, largestRunningTotal: nil)
            if row.cumulative {
                group.runningTotals += 1
                group.largestRunningTotal = max(group.largestRunningTotal ?? 0, row.amount)
            } else {
                let (sum, overflow) = group.total.addingReportingOverflow(row.amount)
                group.total = overflow ? .max : sum
                group.commitments += 1
            }
            groups[key, default: [:]][row.currency] = group
        }
        return groups.values.flatMap(\.values).sorted { ($0.key, $0.currency) < ($1.key, $1.currency) }
    }
}
