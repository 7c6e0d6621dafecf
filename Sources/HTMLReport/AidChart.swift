import KnowledgeBase

/// Section 3: aid over time, one chart per currency (money in different currencies is never
/// added up or converted): bars sum the new commitments of each month or year; running totals
/// ("bringing total aid to $X") are drawn apart below the bars, never added to them. Beside
/// them, the totals per donor and per recipient.
struct AidChart {
    let commitments: [ReportCommitment]
    let limits: ReportLimits

    static let width = 1100.0

    /// Months when the commitments span three years or less, else years.
    var grouping: AidGrouping {
        let dates = commitments.map(\.aid.date).sorted()
        guard let first = dates.first, let last = dates.last,
              let a = Int(first.prefix(4)), let b = Int(last.prefix(4)) else { return .month }
        return b - a >= 3 ? .year : .month
    }

    func html() -> String {
        var html = Markup()
        html.raw("<section id=\"aid\"><h2>Aid over time</h2>")
        guard !commitments.isEmpty else {
            html.raw("<p class=\"note\">No aid commitments in this selection.</p></section>")
            return html.text
        }
        let report = AidReport(rows: commitments.map(\.aid))
        let grouping = self.grouping
        let groups = report.groups(by: grouping)
        let periods = Self.periods(from: groups.map(\.key), grouping)
        let byCurrency = Dictionary(grouping: groups, by: \.currency)
        let currencies = byCurrency.keys.sorted {
            let (a, b) = (byCurrency[$0]?.reduce(0) { $0 + $1.commitments + $1.runningTotals } ?? 0,
                          byCurrency[$1]?.reduce(0) { $0 + $1.commitments + $1.runningTotals } ?? 0)
            return (b, $0) < (a, $1)
        }
        html.raw("<p class=\"note\">")
        html.text("Bars: the new commitments of each \(grouping == .month ? "month" : "year"), summed, one chart per currency "
            + "(amounts are never converted). Diamonds below: running totals as articles reported them (\"bringing the total to …\"); "
            + "they are never added to the bars, which would count money twice.")
        html.raw("</p>")
        for currency in currencies.prefix(limits.currencies) {
            chart(currency: currency, groups: byCurrency[currency] ?? [], periods: periods, grouping: grouping, into: &html)
        }
        if currencies.count > limits.currencies {
            html.raw("<p class=\"note\">")
            html.text("Not charted (fewer commitments): \(currencies.dropFirst(limits.currencies).joined(separator: ", ")); "
                + "their totals are in the tables below.")
            html.raw("</p>")
        }
        html.raw("<div class=\"side-by-side\">")
        totals(report.groups(by: .donor), heading: "Donor", currencies: currencies, into: &html)
        totals(report.groups(by: .recipient), heading: "Recipient", currencies: currencies, into: &html)
        html.raw("</div></section>")
        return html.text
    }

    /// Every period from the first group's to the last one's, so that gaps show.
    static func periods(from groupKeys: [String], _ grouping: AidGrouping) -> [String] {
        let keys = groupKeys.filter { $0 != "unknown" }
        let length = grouping == .month ? 7 : 4
        let exact = keys.filter { $0.count >= length }.map { String($0.prefix(length)) }
        guard let first = (exact.min() ?? keys.min()), let last = (exact.max() ?? keys.max()) else { return [] }
        var periods: [String] = []
        var year = Int(first.prefix(4)) ?? 0
        var month = grouping == .month ? Int(first.dropFirst(5).prefix(2)) ?? 1 : 1
        let lastYear = Int(last.prefix(4)) ?? year
        let lastMonth = grouping == .month ? Int(last.dropFirst(5).prefix(2)) ?? 12 : 1
        while (year, month) <= (lastYear, lastMonth) && periods.count < 1200 {
            periods.append(grouping == .month ? "\(year)-\(month < 10 ? "0" : "")\(month)" : String(year))
            if grouping == .month { month += 1; if month > 12 { month = 1; year += 1 } } else { year += 1 }
        }
        return periods
    }

    private func chart(currency: String, groups: [AidGroup], periods: [String], grouping: AidGrouping, into html: inout Markup) {
        // A group dated less precisely than the bars (a year, when bars are months) goes in the
        // first bar of its year, and its tooltip says so.
        func slot(_ key: String) -> Int? {
            periods.firstIndex(of: key) ?? periods.firstIndex { $0.hasPrefix(key) } ?? periods.firstIndex { key.hasPrefix($0) }
        }
        var sums = [Int64](repeating: 0, count: periods.count)
        var counts = [Int](repeating: 0, count: periods.count)
        var running: [(slot: Int, amount: Int64, count: Int, key: String)] = []
        var coarse: [Int: [String]] = [:]
        for group in groups {
            guard let index = slot(group.key) else { continue }
            if group.key.count < periods[index].count { coarse[index, default: []].append(group.key) }
            let (sum, overflow) = sums[index].addingReportingOverflow(group.total)
            sums[index] = overflow ? .max : sum
            counts[index] += group.commitments
            if let largest = group.largestRunningTotal { running.append((index, largest, group.runningTotals, group.key)) }
        }
        running.sort { ($0.slot, $0.amount) < ($1.slot, $1.amount) }
        let left = 90.0
        let right = Self.width - 10
        let barsTop = 10.0
        let barsHeight = 130.0
        let runningHeight = running.isEmpty ? 0.0 : 70.0
        let height = barsTop + barsHeight + (running.isEmpty ? 0 : runningHeight + 14) + 30
        let step = (right - left) / Double(max(1, periods.count))
        let most = Double(sums.max() ?? 0)
        let total = sums.reduce(Int64(0)) { $0.addingReportingOverflow($1).overflow ? .max : $0 + $1 }
        let busiest = sums.indices.max { (sums[$0], -$0) < (sums[$1], -$1) }
        let colour = Palette.categories[0]
        html.raw("<figure class=\"aid-chart\"><figcaption>")
        html.text(currency)
        html.raw("</figcaption><svg class=\"chart\" viewBox=\"0 0 \(Markup.number(Self.width)) \(Markup.number(height))\" role=\"img\" ")
        html.raw("aria-labelledby=\"aid-\(currency)-title aid-\(currency)-desc\"><title id=\"aid-\(currency)-title\">")
        html.text("Aid in \(currency) by \(grouping == .month ? "month" : "year")")
        html.raw("</title><desc id=\"aid-\(currency)-desc\">")
        var summary = "\(Figures.count(counts.reduce(0, +), "new commitment")) totalling \(Figures.grouped(total)) \(currency)"
        if let busiest, sums[busiest] > 0 { summary += "; the most in \(periods[busiest]) (\(Figures.grouped(sums[busiest])))" }
        if let top = running.max(by: { $0.amount < $1.amount }) {
            summary += "; \(Figures.count(running.reduce(0) { $0 + $1.count }, "running total")) reported, the largest \(Figures.grouped(top.amount)) in \(top.key)"
        }
        html.text(summary + ".")
        html.raw("</desc>")
        // The value axis: zero and the largest bar.
        let base = barsTop + barsHeight
        html.raw("<g class=\"axis\"><line x1=\"\(Markup.number(left))\" x2=\"\(Markup.number(right))\" y1=\"\(Markup.number(base))\" y2=\"\(Markup.number(base))\"/>")
        html.raw("<text x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(base))\" text-anchor=\"end\">0</text>")
        if most > 0 {
            html.raw("<line class=\"grid\" x1=\"\(Markup.number(left))\" x2=\"\(Markup.number(right))\" y1=\"\(Markup.number(barsTop))\" y2=\"\(Markup.number(barsTop))\"/>")
            html.raw("<text x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(barsTop + 4))\" text-anchor=\"end\">\(Figures.short(most))</text>")
        }
        html.raw("</g>")
        for index in periods.indices where counts[index] > 0 || sums[index] > 0 {
            let barHeight = most > 0 ? max(1, Double(sums[index]) / most * barsHeight) : 1
            let x = left + Double(index) * step
            let barWidth = max(1, min(48, step * 0.8))
            html.raw("<rect class=\"aid-bar\" x=\"\(Markup.number(x + (step - barWidth) / 2))\" y=\"\(Markup.number(base - barHeight))\" ")
            html.raw("width=\"\(Markup.number(barWidth))\" height=\"\(Markup.number(barHeight))\" fill=\"\(colour)\"><title>")
            var tip = "\(periods[index]): \(Figures.grouped(sums[index])) \(currency) in \(Figures.count(counts[index], "new commitment"))"
            if let keys = coarse[index] { tip += " (including commitments dated only to \(keys.joined(separator: ", ")))" }
            html.text(tip)
            html.raw("</title></rect>")
        }
        // Period labels, at most about sixteen.
        let every = max(1, (periods.count + 15) / 16)
        html.raw("<g class=\"axis\">")
        for index in periods.indices where index % every == 0 {
            html.raw("<text x=\"\(Markup.number(left + (Double(index) + 0.5) * step))\" y=\"\(Markup.number(height - 8))\" text-anchor=\"middle\">")
            html.text(periods[index])
            html.raw("</text>")
        }
        html.raw("</g>")
        if !running.isEmpty {
            let top = base + 14
            let highest = Double(running.map(\.amount).max() ?? 1)
            html.raw("<text class=\"band-label\" x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(top + 30))\" text-anchor=\"end\">running</text>")
            html.raw("<text class=\"band-label\" x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(top + 42))\" text-anchor=\"end\">totals</text>")
            html.raw("<g class=\"axis\"><line x1=\"\(Markup.number(left))\" x2=\"\(Markup.number(right))\" ")
            html.raw("y1=\"\(Markup.number(top + runningHeight - 6))\" y2=\"\(Markup.number(top + runningHeight - 6))\"/>")
            html.raw("<line class=\"grid\" x1=\"\(Markup.number(left))\" x2=\"\(Markup.number(right))\" y1=\"\(Markup.number(top + 6))\" y2=\"\(Markup.number(top + 6))\"/>")
            html.raw("<text x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(top + 10))\" text-anchor=\"end\">\(Figures.short(highest))</text>")
            html.raw("<text x=\"\(Markup.number(left - 6))\" y=\"\(Markup.number(top + runningHeight - 2))\" text-anchor=\"end\">0</text></g>")
            // Diamonds with no line between them: running totals of different donors and recipients are no one series.
            for entry in running {
                let x = left + (Double(entry.slot) + 0.5) * step
                let y = top + runningHeight - 6 - Double(entry.amount) / highest * (runningHeight - 12)
                html.raw("<path class=\"running\" d=\"M\(Markup.number(x)) \(Markup.number(y - 6))l6 6-6 6-6-6z\" fill=\"\(Palette.categories[1])\"><title>")
                html.text("\(entry.key): running total reported, \(Figures.grouped(entry.amount)) \(currency) (largest of \(entry.count)); not added to the bars")
                html.raw("</title></path>")
            }
        }
        html.raw("</svg></figure>")
    }

    /// A table of totals per donor or recipient and currency: currencies in the order of the
    /// charts, the largest first within each (amounts in different currencies are not compared).
    private func totals(_ groups: [AidGroup], heading: String, currencies: [String], into html: inout Markup) {
        let rank = Dictionary(uniqueKeysWithValues: currencies.enumerated().map { ($0.element, $0.offset) })
        let ordered = groups.sorted {
            (rank[$0.currency] ?? 0, $1.total, $1.largestRunningTotal ?? 0, $0.key) < (rank[$1.currency] ?? 0, $0.total, $0.largestRunningTotal ?? 0, $1.key)
        }
        html.raw("<table class=\"totals\"><caption>")
        html.text("Per \(heading.lowercased())")
        html.raw("</caption><thead><tr><th>\(heading)</th><th>Currency</th><th class=\"number\">New commitments</th>")
        html.raw("<th class=\"number\">Count</th><th class=\"number\">Largest running total</th></tr></thead><tbody>")
        for group in ordered.prefix(limits.totalRows) {
            html.raw("<tr><td>")
            html.text(group.key.isEmpty ? "unknown" : group.key)
            html.raw("</td><td>")
            html.text(group.currency)
            html.raw("</td><td class=\"number\">\(Figures.grouped(group.total))</td><td class=\"number\">\(group.commitments)</td>")
            html.raw("<td class=\"number\">\(group.largestRunningTotal.map(Figures.grouped) ?? "")</td></tr>")
        }
        html.raw("</tbody></table>")
        if ordered.count > limits.totalRows {
            html.raw("<p class=\"note\">")
            html.text("\(ordered.count - limits.totalRows) smaller rows left out; `attache aid --group-by \(heading.lowercased())` lists them all.")
            html.raw("</p>")
        }
    }
}
