import KnowledgeBase

/// Section 4: the meetings and commitments shown, each with its date, place, people or amount,
/// and the sentence it was read from with the article's title and date. Past the limit, the
/// latest are listed and the page says how many earlier ones are left out.
struct Evidence {
    let meetings: [ReportMeeting]
    let commitments: [ReportCommitment]
    let limits: ReportLimits

    /// The meetings listed: the latest, up to the limit.
    var listedMeetings: ArraySlice<ReportMeeting> { meetings.suffix(limits.evidenceRows) }
    var listedCommitments: ArraySlice<ReportCommitment> { commitments.suffix(limits.evidenceRows) }

    func html() -> String {
        var html = Markup(capacity: 1 << 20)
        html.raw("<section id=\"evidence\"><h2>Evidence</h2>")
        html.raw("<p><label for=\"filter\">Filter the tables: </label><input type=\"search\" id=\"filter\" ")
        html.raw("placeholder=\"a name, a place, a word\"> <span class=\"note\">(clicking a person in the network fills it in)</span></p>")
        html.raw("<table class=\"evidence\" id=\"evidence-meetings\"><caption>")
        html.text("Meetings (\(Figures.grouped(Int64(meetings.count))))")
        html.raw("</caption><thead><tr><th>Date</th><th>Place</th><th>People</th><th>How</th><th>Topics</th><th>Source</th></tr></thead><tbody>")
        for meeting in listedMeetings {
            html.raw("<tr id=\"m\(meeting.id)\"><td class=\"date\">")
            html.text(DateScale.text(meeting.date, precision: meeting.datePrecision))
            html.raw("</td><td>")
            html.text([meeting.location, meeting.locationCountry.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
            html.raw("</td><td>")
            html.text(meeting.participants.map { person in
                person.name + ([person.title, person.country].compactMap { $0 }.isEmpty ? "" : " (\([person.title, person.country].compactMap { $0 }.joined(separator: ", ")))")
            }.joined(separator: "; "))
            html.raw("</td><td>")
            html.text("\(meeting.mode == .inPerson ? "in person" : meeting.mode.rawValue), \(meeting.status.rawValue)")
            html.raw("</td><td>")
            html.text(meeting.topics.joined(separator: ", "))
            html.raw("</td><td>")
            source(meeting.source, reports: meeting.reports, into: &html)
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table>")
        omitted(meetings.count - listedMeetings.count, of: "meetings", command: "attache meetings --evidence", into: &html)

        html.raw("<table class=\"evidence\" id=\"evidence-aid\"><caption>")
        html.text("Aid commitments (\(Figures.grouped(Int64(commitments.count))))")
        html.raw("</caption><thead><tr><th>Date</th><th>Donor → recipient</th><th class=\"number\">Amount</th><th>Kind</th><th>Source</th></tr></thead><tbody>")
        for commitment in listedCommitments {
            let aid = commitment.aid
            html.raw("<tr id=\"a\(aid.id)\"><td class=\"date\">")
            html.text(aid.datePrecision == "month" ? String(aid.date.prefix(7)) : aid.datePrecision == "year" ? String(aid.date.prefix(4)) : aid.date)
            html.raw("</td><td>")
            html.text("\(aid.donor ?? "unknown") → \(aid.recipient ?? "unknown")")
            html.raw("</td><td class=\"number\">")
            html.text("\(Figures.grouped(aid.amount)) \(aid.currency)")
            if !commitment.amountText.isEmpty {
                html.raw("<br><span class=\"note\">")
                html.text("“\(commitment.amountText)”")
                html.raw("</span>")
            }
            if aid.cumulative { html.raw("<br><strong>running total</strong>, not a new commitment") }
            html.raw("</td><td>")
            html.text(aid.kind)
            html.raw("</td><td>")
            source(commitment.source, reports: commitment.reports, into: &html)
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table>")
        omitted(commitments.count - listedCommitments.count, of: "commitments", command: "attache aid --format csv", into: &html)
        html.raw("</section>")
        return html.text
    }

    /// The sentence, then the article's title and publication date, and how many other articles report it.
    private func source(_ source: SourceRow?, reports: Int, into html: inout Markup) {
        guard let source else { return html.raw("<span class=\"note\">no source stored</span>") }
        html.raw("<q>")
        html.text(source.evidence)
        html.raw("</q> <span class=\"cite\">— <cite>")
        html.text(source.title ?? source.source)
        html.raw("</cite>, ")
        html.text(source.publishedOn)
        if reports > 1 { html.text(" (and \(Figures.count(reports - 1, "other report")))") }
        html.raw("</span>")
    }

    private func omitted(_ count: Int, of things: String, command: String, into html: inout Markup) {
        guard count > 0 else { return }
        html.raw("<p class=\"note\">")
        html.text("The latest \(Figures.grouped(Int64(limits.evidenceRows))) \(things) are listed; \(Figures.grouped(Int64(count))) earlier ones "
            + "are left out to keep the file small. `\(command)` with the same filters lists them all.")
        html.raw("</p>")
    }
}
