import Extraction

/// Days along a horizontal axis, with ticks at round dates.
struct DateScale {
    let first: Day
    let last: Day
    /// The x of `first` and of `last`.
    let left: Double
    let right: Double

    /// A scale over `days`, padded so that a single day or a short span still has room.
    init(days: [Day], left: Double, right: Double) {
        let low = days.min() ?? Day(ordinal: 0)
        let high = days.max() ?? low
        let pad = max(3, (high.ordinal - low.ordinal) / 40)
        first = low.adding(days: -pad)
        last = high.adding(days: pad)
        self.left = left
        self.right = right
    }

    func x(_ day: Day) -> Double {
        let span = Double(max(1, last.ordinal - first.ordinal))
        return left + Double(day.ordinal - first.ordinal) / span * (right - left)
    }

    /// Round dates within the scale, at most about a dozen, with their labels: weeks over two
    /// months, months over three years, years beyond.
    var ticks: [(day: Day, label: String)] {
        let span = last.ordinal - first.ordinal
        var ticks: [(Day, String)] = []
        if span <= 62 {
            var day = first
            while day.weekday != 1 { day = day.adding(days: 1) }
            while day <= last {
                ticks.append((day, "\(Self.months[day.month - 1]) \(day.day)"))
                day = day.adding(days: 7)
            }
        } else if span <= 3 * 366 {
            let months = span / 30
            let step = months <= 12 ? 1 : months <= 24 ? 2 : 3
            var year = first.year
            var month = first.month
            while true {
                month += 1
                if month > 12 { month = 1; year += 1 }
                guard let day = Day(year: year, month: month, day: 1), day <= last else { break }
                if (month - 1) % step == 0 {
                    ticks.append((day, month == 1 || ticks.isEmpty ? "\(Self.months[month - 1]) \(year)" : Self.months[month - 1]))
                }
            }
        } else {
            let years = span / 365
            let step = max(1, (years + 11) / 12)
            var year = first.year + 1
            while let day = Day(year: year, month: 1, day: 1), day <= last {
                if year % step == 0 { ticks.append((day, String(year))) }
                year += 1
            }
        }
        return ticks
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A day written as precisely as it is known: "2022-06-14", "2022-06", "2022".
    static func text(_ day: Day, precision: DatePrecision) -> String {
        let full = day.description
        switch precision {
        case .day: return full
        case .month: return String(full.prefix(7))
        case .year: return String(full.prefix(4))
        default: return full + " (approximate)"
        }
    }

    /// The axis: a rule at `y` with its ticks and their labels below.
    func axis(at y: Double, top: Double, into svg: inout Markup) {
        svg.raw("<g class=\"axis\"><line x1=\"\(Markup.number(left))\" x2=\"\(Markup.number(right))\" y1=\"\(Markup.number(y))\" y2=\"\(Markup.number(y))\"/>")
        for tick in ticks {
            let position = self.x(tick.day)
            let x = Markup.number(position)
            // Near an end, the label keeps inside the chart.
            let anchor = position > right - 24 ? "end" : position < left + 24 ? "start" : "middle"
            svg.raw("<line class=\"grid\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(Markup.number(top))\" y2=\"\(Markup.number(y + 4))\"/>")
            svg.raw("<text x=\"\(x)\" y=\"\(Markup.number(y + 16))\" text-anchor=\"\(anchor)\">")
            svg.text(tick.label)
            svg.raw("</text>")
        }
        svg.raw("</g>")
    }
}
