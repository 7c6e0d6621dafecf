import Extraction
import SQLite

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

extension KnowledgeBase {
    /// The commitments `aid(from:to:donor:recipient:kind:)` lists, grouped as
    /// `AidReport.groups(by:)` groups them, summed by SQLite instead of listed.
    ///
    /// Grouped by date with no filter but dates, or by donor, recipient or kind with no filter at
    /// all, the sums are read from the running sums of migration 0004 (`aid_day_totals`, or
    /// `aid_month_totals` for months or years over whole months; `aid_party_totals`): a few
    /// thousand rows at most, whatever the number of commitments. Otherwise the
    /// commitments the filters select are summed.
    public func aidGroups(by grouping: AidGrouping, from: Day? = nil, to: Day? = nil, donor: String? = nil,
                          recipient: String? = nil, kind: AidKind? = nil) throws -> [AidGroup] {
        let unfiltered = donor == nil && recipient == nil && kind == nil
        let sql: String
        var values: [String: SQLiteValue]
        if let length = grouping.dateLength, length < 10, unfiltered, from.map({ $0.day == 1 }) ?? true,
           to.map({ $0.adding(days: 1).day == 1 }) ?? true {
            // Whole months: their sums.
            sql = Self.aidMonthGroupsSQL
            values = [":length": .integer(Int64(length)), ":from": .text(from.map { String($0.description.prefix(7)) }),
                      ":to": .text(to.map { String($0.description.prefix(7)) })]
        } else if let length = grouping.dateLength, unfiltered {
            sql = Self.aidDayGroupsSQL
            values = [":length": .integer(Int64(length)), ":from": .text(from?.description), ":to": .text(to?.description)]
        } else if grouping.dateLength == nil, unfiltered, from == nil, to == nil {
            sql = Self.aidPartyGroupsSQL
            values = [":grouping": .text(grouping.rawValue)]
        } else {
            sql = Self.aidGroupsSQL(by: grouping, donor: donor != nil, recipient: recipient != nil, kind: kind != nil)
            values = Self.aidValues(from: from, to: to, donor: donor, recipient: recipient, kind: kind)
            if let length = grouping.dateLength { values[":length"] = .integer(Int64(length)) }
        }
        let statement = try database.prepare(sql)
        try statement.bind(values)
        var groups: [AidGroup] = []
        while try statement.step() {
            // total = high * 2^32 + low, saturating at Int64.max as AidReport's sums do (no amount is negative).
            let (high, highOverflow) = statement.int64(at: 2).multipliedReportingOverflow(by: 1 << 32)
            let (total, overflow) = high.addingReportingOverflow(statement.int64(at: 3))
            groups.append(AidGroup(key: statement.text(at: 0) ?? "", currency: statement.text(at: 1) ?? "",
                                   total: highOverflow || overflow ? .max : total, commitments: statement.int(at: 4),
                                   runningTotals: statement.int(at: 5),
                                   largestRunningTotal: statement.isNull(at: 6) ? nil : statement.int64(at: 6)))
        }
        return groups
    }

    // MARK: - SQL

    /// The group of a commitment `a` as `AidGrouping.key(of:)` names it, for `:length` the length
    /// of a day, month or year: never finer than its precision.
    /// `date` names the column holding the date (or its first characters).
    private static func aidGroupKey(_ grouping: AidGrouping, of a: String, date: String = "date") -> String {
        switch grouping {
        case .day, .month, .year:
            return """
                CASE \(a).date_precision WHEN 'day' THEN substr(\(a).\(date), 1, :length)
                WHEN 'month' THEN substr(\(a).\(date), 1, min(:length, 7)) WHEN 'year' THEN substr(\(a).\(date), 1, 4) ELSE 'unknown' END
                """
        case .donor: return "ifnull(\(a).donor, '')"
        case .recipient: return "ifnull(\(a).recipient, '')"
        case .kind: return "\(a).kind"
        }
    }

    /// Sums per day, month or year (`:length` 10, 7 or 4) within `:from`…`:to` (each may be null),
    /// read from `aid_day_totals` by a range of its primary key.
    static let aidDayGroupsSQL = """
        SELECT \(aidGroupKey(.day, of: "d")) AS key, d.currency,
               sum(d.total_high), sum(d.total_low), sum(d.commitments), sum(d.running_totals), max(d.largest_running_total)
        FROM aid_day_totals AS d
        WHERE d.date >= ifnull(:from, '') AND d.date <= ifnull(:to, '9999-99-99')
        GROUP BY key, d.currency
        ORDER BY key, d.currency
        """

    /// Sums per month or year (`:length` 7 or 4) of the months `:from`…`:to` (`YYYY-MM`, each may
    /// be null), read from `aid_month_totals` by a range of its primary key.
    static let aidMonthGroupsSQL = """
        SELECT \(aidGroupKey(.month, of: "m", date: "month")) AS key, m.currency,
               sum(m.total_high), sum(m.total_low), sum(m.commitments), sum(m.running_totals), max(m.largest_running_total)
        FROM aid_month_totals AS m
        WHERE m.month >= ifnull(:from, '') AND m.month <= ifnull(:to, '9999-99')
        GROUP BY key, m.currency
        ORDER BY key, m.currency
        """

    /// Sums per donor, recipient or kind (`:grouping`) over every commitment, read from
    /// `aid_party_totals` in the order of its primary key.
    static let aidPartyGroupsSQL = """
        SELECT p.key, p.currency, p.total_high, p.total_low, p.commitments, p.running_totals, p.largest_running_total
        FROM aid_party_totals AS p
        WHERE p.grouping = :grouping
        ORDER BY p.key, p.currency
        """

    /// Sums per group of the commitments within `:from`…`:to`, of `:donor` to `:recipient`, of
    /// `:kind` (the filters present), as `aidSQL` selects them.
    static func aidGroupsSQL(by grouping: AidGrouping, donor: Bool = false, recipient: Bool = false, kind: Bool = false) -> String {
        """
        SELECT \(aidGroupKey(grouping, of: "a")) AS key, a.currency,
               sum(CASE WHEN a.cumulative THEN 0 ELSE a.amount >> 32 END), sum(CASE WHEN a.cumulative THEN 0 ELSE a.amount & 4294967295 END),
               sum(1 - a.cumulative), sum(a.cumulative), max(CASE WHEN a.cumulative THEN a.amount END)
        FROM aid_commitments AS a
        WHERE \(aidFilters(donor: donor, recipient: recipient, kind: kind))
        GROUP BY key, a.currency
        ORDER BY key, a.currency
        """
    }
}

extension AidGrouping {
    /// How many characters of a `YYYY-MM-DD` date name the group; nil for a grouping by party or kind.
    var dateLength: Int? {
        switch self {
        case .day: return 10
        case .month: return 7
        case .year: return 4
        case .donor, .recipient, .kind: return nil
        }
    }
}
