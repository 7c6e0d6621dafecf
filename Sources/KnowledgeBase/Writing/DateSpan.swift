import Extraction

/// The days a date of some precision may stand for: "2022-05-19" (day) is that day, "2022-05"
/// (month) is May 2022. Two reports of one event have spans that overlap; the more precise one
/// says when it was.
struct DateSpan: Equatable {
    let first: Day
    let last: Day
    let precision: DatePrecision

    init(_ date: Day, _ precision: DatePrecision) {
        self.precision = precision
        switch precision {
        case .day:
            first = date
            last = date
        case .week:
            first = date
            last = date.adding(days: 6)
        case .month:
            first = date.firstOfMonth
            last = Day(year: date.year, month: date.month, day: Day.daysIn(month: date.month, year: date.year)) ?? date
        case .year:
            first = Day(year: date.year, month: 1, day: 1) ?? date
            last = Day(year: date.year, month: 12, day: 31) ?? date
        case .unknown:
            first = date.adding(days: -366)
            last = date.adding(days: 366)
        }
    }

    /// Reads a stored date and precision; an unreadable one spans nothing it could match.
    init?(stored date: String?, precision: String?) {
        guard let date, let day = Day(iso: date) else { return nil }
        self.init(day, DatePrecision(rawValue: precision ?? "") ?? .unknown)
    }

    /// How precise: a day outranks a week, a month, a year, and an unknown date.
    var rank: Int {
        switch precision {
        case .day: return 4
        case .week: return 3
        case .month: return 2
        case .year: return 1
        case .unknown: return 0
        }
    }

    /// True when both spans share a day, once each is widened by `slack` days on either side.
    func overlaps(_ other: DateSpan, slack: Int = 0) -> Bool {
        first.adding(days: -slack) <= other.last.adding(days: slack) && other.first.adding(days: -slack) <= last.adding(days: slack)
    }

    /// The earliest day a stored date that may overlap this span can carry: a stored month or year
    /// is written as its first day, so the search reaches back to the first of the year.
    var searchStart: Day { Day(year: first.year, month: 1, day: 1)?.adding(days: -366) ?? first }
}
