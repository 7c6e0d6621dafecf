import Extraction
import KnowledgeBase

/// Section 1: one mark per meeting on a date axis; its shape and colour say the mode (circle in
/// person, diamond call, square video), its fill the status (solid held, hollow planned, crossed
/// out cancelled), its tooltip the participants. Many meetings are put in lanes by counterpart
/// country; too many to mark one by one are counted per lane and period instead, and the page says so.
struct Timeline {
    let meetings: [ReportMeeting]
    /// The country the counterparts are counted against: the person's, the one selected, or the most frequent.
    let focus: String?
    let limits: ReportLimits
    /// Meetings whose evidence row is on the page, so that a mark can link to it.
    let listed: Set<Int64>

    static let width = 1100.0
    static let laneLabelWidth = 150.0

    /// The lanes: one of all meetings when they are few, else one per counterpart country
    /// (the most frequent first, the rest together last).
    var lanes: [(label: String, meetings: [ReportMeeting])] {
        guard meetings.count > limits.singleLane else { return [("all meetings", meetings)] }
        var byCountry: [String: [ReportMeeting]] = [:]
        for meeting in meetings { byCountry[counterpart(of: meeting), default: []].append(meeting) }
        guard byCountry.count > 1 else { return [("all meetings", meetings)] }
        let ordered = byCountry.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        var lanes = ordered.prefix(limits.lanes - 1).map { (label: $0.key, meetings: $0.value) }
        let rest = ordered.dropFirst(limits.lanes - 1).flatMap(\.value).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        if !rest.isEmpty { lanes.append((label: "\(ordered.count - lanes.count) others", meetings: rest)) }
        return lanes
    }

    /// The country of the first participant who is not from the focus country; the focus
    /// country itself when all are; "unknown" when no participant's country is known.
    func counterpart(of meeting: ReportMeeting) -> String {
        let countries = meeting.participants.compactMap(\.country)
        return countries.first { $0 != focus } ?? countries.first ?? "unknown"
    }

    var aggregated: Bool { meetings.count > limits.markedMeetings }

    func html() -> String {
        var html = Markup()
        html.raw("<section id=\"timeline\"><h2>Meetings over time</h2>")
        guard !meetings.isEmpty else {
            html.raw("<p class=\"note\">No meetings in this selection.</p></section>")
            return html.text
        }
        let lanes = self.lanes
        let scale = DateScale(days: meetings.map(\.date), left: Self.laneLabelWidth, right: Self.width - 20)
        let laneHeights = lanes.map { aggregated ? 44.0 : Double(rows(of: $0.meetings, scale: scale).count) * 16 + 14 }
        let height = laneHeights.reduce(0, +) + 40
        var summary = lanes.map { lane in
            "\(lane.label): \(Figures.count(lane.meetings.count, "meeting")) from \(lane.meetings.first?.date.description ?? "") "
                + "to \(lane.meetings.last?.date.description ?? "")"
        }.joined(separator: "; ")
        if lanes.count > 1 { summary = "Lanes by counterpart country" + (focus.map { " (the first participant not from \($0))" } ?? "") + ". " + summary }
        html.raw("<svg class=\"chart\" viewBox=\"0 0 \(Markup.number(Self.width)) \(Markup.number(height))\" role=\"img\" ")
        html.raw("aria-labelledby=\"timeline-title timeline-desc\"><title id=\"timeline-title\">")
        html.text("Timeline of \(Figures.count(meetings.count, "meeting"))")
        html.raw("</title><desc id=\"timeline-desc\">")
        html.text(summary + ". Every meeting is listed in the evidence table below.")
        html.raw("</desc>")
        var top = 6.0
        for (lane, laneHeight) in zip(lanes, laneHeights) {
            html.raw("<g class=\"lane\"><line class=\"grid\" x1=\"0\" x2=\"\(Markup.number(Self.width))\" y1=\"\(Markup.number(top + laneHeight))\" y2=\"\(Markup.number(top + laneHeight))\"/>")
            html.raw("<text class=\"lane-label\" x=\"4\" y=\"\(Markup.number(top + 16))\">")
            html.text("\(lane.label) (\(Figures.grouped(Int64(lane.meetings.count))))")
            html.raw("</text>")
            if aggregated {
                histogram(of: lane, top: top, height: laneHeight, scale: scale, into: &html)
            } else {
                for (row, members) in rows(of: lane.meetings, scale: scale).enumerated() {
                    for meeting in members { mark(meeting, y: top + 14 + Double(row) * 16, scale: scale, into: &html) }
                }
            }
            html.raw("</g>")
            top += laneHeight
        }
        scale.axis(at: top + 4, top: 0, into: &html)
        html.raw("</svg>")
        if !aggregated { html.raw(legend) }
        if aggregated {
            html.raw("<p class=\"note\">")
            html.text("\(Figures.grouped(Int64(meetings.count))) meetings are too many to mark one by one (the limit is "
                + "\(Figures.grouped(Int64(limits.markedMeetings)))): each bar counts the meetings of its lane in one period; "
                + "hover over a bar for its count.")
            html.raw("</p>")
        }
        html.raw("</section>")
        return html.text
    }

    /// The meetings of a lane in rows, so that marks of nearby days sit one above the other
    /// rather than on top of each other (at most four rows; beyond, they overlap in the least full).
    private func rows(of meetings: [ReportMeeting], scale: DateScale) -> [[ReportMeeting]] {
        var rows: [[ReportMeeting]] = []
        var ends: [Double] = []
        for meeting in meetings {
            let x = scale.x(meeting.date)
            if let free = ends.firstIndex(where: { $0 <= x - 12 }) {
                rows[free].append(meeting)
                ends[free] = x
            } else if rows.count < 4 {
                rows.append([meeting])
                ends.append(x)
            } else {
                let least = rows.indices.min { rows[$0].count < rows[$1].count } ?? 0
                rows[least].append(meeting)
                ends[least] = max(ends[least], x)
            }
        }
        return rows.isEmpty ? [[]] : rows
    }

    /// One meeting's mark, linked to its evidence row when that is on the page.
    private func mark(_ meeting: ReportMeeting, y: Double, scale: DateScale, into html: inout Markup) {
        let x = scale.x(meeting.date)
        let colour = Palette.colour(of: meeting.mode.rawValue)
        let linked = listed.contains(meeting.id)
        if linked { html.raw("<a href=\"#m\(meeting.id)\">") }
        if meeting.datePrecision == .month || meeting.datePrecision == .year {
            // The period the date is known to: a thin bar under the mark.
            let end = meeting.datePrecision == .month
                ? Day(year: meeting.date.year, month: meeting.date.month, day: Day.daysIn(month: meeting.date.month, year: meeting.date.year))
                : Day(year: meeting.date.year, month: 12, day: 31)
            html.raw("<line class=\"span\" x1=\"\(Markup.number(x))\" x2=\"\(Markup.number(scale.x(end ?? meeting.date)))\" ")
            html.raw("y1=\"\(Markup.number(y))\" y2=\"\(Markup.number(y))\" stroke=\"\(colour)\"/>")
        }
        let fill = meeting.status == .held ? colour.description : Palette.background.description
        let shape: String
        switch meeting.mode {
        case .call: shape = "<path d=\"M\(Markup.number(x)) \(Markup.number(y - 6))l6 6-6 6-6-6z\""
        case .video: shape = "<rect x=\"\(Markup.number(x - 5))\" y=\"\(Markup.number(y - 5))\" width=\"10\" height=\"10\""
        default: shape = "<circle cx=\"\(Markup.number(x))\" cy=\"\(Markup.number(y))\" r=\"5.5\""
        }
        html.raw("<g class=\"meeting-mark \(meeting.status.rawValue)\" data-meeting=\"\(meeting.id)\">")
        html.raw(shape + " fill=\"\(fill)\" stroke=\"\(colour)\" stroke-width=\"2\"/>")
        if meeting.status == .cancelled {
            html.raw("<path d=\"M\(Markup.number(x - 7)) \(Markup.number(y + 7))l14-14\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\"/>")
        }
        html.raw("<title>")
        html.text(Self.describe(meeting))
        html.raw("</title></g>")
        if linked { html.raw("</a>") }
    }

    /// "2022-06-14 · call · held · Benjamin Gantz (IL), Lloyd J. Austin III (US) · Pentagon".
    static func describe(_ meeting: ReportMeeting) -> String {
        let people = meeting.participants.map { $0.name + ($0.country.map { " (\($0))" } ?? "") }.joined(separator: ", ")
        let how = meeting.mode == .inPerson ? "in person" : meeting.mode.rawValue
        return [DateScale.text(meeting.date, precision: meeting.datePrecision), how, meeting.status.rawValue, people,
                meeting.location ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// Bars counting the meetings of a lane per period (a week, a month or a year, chosen so
    /// that there are at most about 150 periods).
    private func histogram(of lane: (label: String, meetings: [ReportMeeting]), top: Double, height: Double, scale: DateScale,
                           into html: inout Markup) {
        let span = scale.last.ordinal - scale.first.ordinal
        let days = span <= 1050 ? 7 : span <= 4500 ? 30 : 365
        var bins: [Int: [ReportMeeting]] = [:]
        for meeting in lane.meetings { bins[(meeting.date.ordinal - scale.first.ordinal) / days, default: []].append(meeting) }
        let most = Double(bins.values.map(\.count).max() ?? 1)
        for (bin, members) in bins.sorted(by: { $0.key < $1.key }) {
            let start = scale.first.adding(days: bin * days)
            let x = scale.x(start)
            let width = max(1, scale.x(start.adding(days: days)) - x - 0.5)
            let barHeight = max(2, Double(members.count) / most * (height - 12))
            let held = members.filter { $0.status == .held }.count
            let planned = members.filter { $0.status == .planned }.count
            html.raw("<rect class=\"meeting-bin\" x=\"\(Markup.number(x))\" y=\"\(Markup.number(top + height - 4 - barHeight))\" ")
            html.raw("width=\"\(Markup.number(width))\" height=\"\(Markup.number(barHeight))\" fill=\"\(Palette.categories[0])\"><title>")
            html.text("\(lane.label), \(days == 7 ? "week of" : "from") \(start): \(Figures.count(members.count, "meeting")) "
                + "(\(held) held, \(planned) planned, \(members.count - held - planned) cancelled)")
            html.raw("</title></rect>")
        }
    }

    /// What the shapes and fills mean.
    private var legend: String {
        let colour = { (mode: String) in Palette.colour(of: mode).description }
        return """
            <ul class="legend" aria-label="Timeline legend">\
            <li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="\(colour("in_person"))"/></svg>in person</li>\
            <li><svg width="14" height="14" aria-hidden="true"><path d="M7 1l6 6-6 6-6-6z" fill="\(colour("call"))"/></svg>call</li>\
            <li><svg width="14" height="14" aria-hidden="true"><rect x="2" y="2" width="10" height="10" fill="\(colour("video"))"/></svg>video</li>\
            <li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="\(Palette.ink)"/></svg>held (solid)</li>\
            <li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="#fff" stroke="\(Palette.ink)" stroke-width="2"/></svg>planned (hollow)</li>\
            <li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="#fff" stroke="\(Palette.ink)" stroke-width="2"/>\
            <path d="M1 13l12-12" stroke="\(Palette.ink)" stroke-width="1.5"/></svg>cancelled (struck out)</li>\
            <li><svg width="22" height="14" aria-hidden="true"><line x1="1" x2="21" y1="7" y2="7" stroke="\(Palette.ink)" stroke-width="2"/></svg>\
            date known only to the month or year</li></ul>
            """
    }
}
