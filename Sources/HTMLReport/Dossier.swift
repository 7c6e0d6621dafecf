import Extraction
import KnowledgeBase

/// With `--person`: who they are, their titles over time, and the people they met in the
/// selection, ranked.
struct Dossier {
    let profile: PersonProfile
    let meetings: [ReportMeeting]
    let colours: CountryColours
    let limits: ReportLimits

    /// The people met in the selected meetings, most meetings together first, then by name.
    var counterparts: [(name: String, country: String?, meetings: Int)] {
        var counts: [Int64: (name: String, country: String?, meetings: Int)] = [:]
        for meeting in meetings {
            for person in meeting.participants where person.id != profile.person.id {
                counts[person.id, default: (person.name, person.country, 0)].meetings += 1
            }
        }
        return counts.values.sorted { ($1.meetings, $0.name) < ($0.meetings, $1.name) }
    }

    func html() -> String {
        let person = profile.person
        var html = Markup()
        html.raw("<section id=\"dossier\"><h2>Who</h2><p class=\"who\"><strong>")
        html.text(person.name)
        html.raw("</strong>")
        html.text([person.title, person.country].compactMap { $0 }.isEmpty ? "" : ", " + [person.title, person.country].compactMap { $0 }.joined(separator: ", "))
        html.raw("<br><span class=\"note\">")
        let aliases = person.aliases.filter { $0 != person.name }
        html.text((aliases.isEmpty ? "" : "Also written: \(aliases.joined(separator: "; ")). ")
            + "\(Figures.count(person.meetings, "meeting")) in the knowledge base, \(meetings.count) in this selection.")
        html.raw("</span></p>")
        roles(into: &html)
        let ranked = counterparts
        html.raw("<table class=\"counterparts\"><caption>Counterparts, ranked by meetings together</caption><thead><tr><th>Person</th>")
        html.raw("<th>Country</th><th class=\"number\">Meetings</th><th><span class=\"visually-hidden\">bar</span></th></tr></thead><tbody>")
        let most = Double(ranked.first?.meetings ?? 1)
        for counterpart in ranked.prefix(limits.counterpartRows) {
            html.raw("<tr><td>")
            html.text(counterpart.name)
            html.raw("</td><td>")
            html.text(counterpart.country ?? "")
            html.raw("</td><td class=\"number\">\(counterpart.meetings)</td><td class=\"bar-cell\" aria-hidden=\"true\">")
            html.raw("<span class=\"bar\" style=\"width:\(Markup.number(Double(counterpart.meetings) / most * 100))%;background:\(colours.colour(of: counterpart.country))\"></span></td></tr>")
        }
        html.raw("</tbody></table>")
        if ranked.count > limits.counterpartRows {
            html.raw("<p class=\"note\">")
            html.text("\(ranked.count - limits.counterpartRows) others met less often are in the network and the evidence.")
            html.raw("</p>")
        }
        html.raw("</section>")
        return html.text
    }

    /// Titles over time: a bar from the first to the last day each was seen, and the same as a table.
    private func roles(into html: inout Markup) {
        let roles = profile.roles
        guard !roles.isEmpty else { return html.raw("<p class=\"note\">No title seen.</p>") }
        let days = roles.flatMap { [Day(iso: $0.firstSeen), Day(iso: $0.lastSeen)] }.compactMap { $0 }
        let scale = DateScale(days: days, left: 260, right: 1090)
        let height = Double(roles.count) * 22 + 34
        html.raw("<svg class=\"chart\" viewBox=\"0 0 1100 \(Markup.number(height))\" role=\"img\" aria-labelledby=\"roles-title\">")
        html.raw("<title id=\"roles-title\">Titles over time; the table below lists them</title>")
        for (index, role) in roles.enumerated() {
            let y = 8 + Double(index) * 22
            guard let first = Day(iso: role.firstSeen), let last = Day(iso: role.lastSeen) else { continue }
            html.raw("<text x=\"4\" y=\"\(Markup.number(y + 12))\">")
            html.text(String((role.title + (role.country.map { " (\($0))" } ?? "")).prefix(40)))
            html.raw("</text><rect x=\"\(Markup.number(scale.x(first)))\" y=\"\(Markup.number(y + 2))\" ")
            html.raw("width=\"\(Markup.number(max(4, scale.x(last) - scale.x(first))))\" height=\"12\" fill=\"\(colours.colour(of: role.country ?? profile.person.country))\"><title>")
            html.text("\(role.title): seen from \(role.firstSeen) to \(role.lastSeen)")
            html.raw("</title></rect>")
        }
        scale.axis(at: height - 24, top: 0, into: &html)
        html.raw("</svg><table class=\"roles\"><caption>Titles over time</caption><thead><tr><th>Title</th><th>Country</th>")
        html.raw("<th>First seen</th><th>Last seen</th><th>First article</th></tr></thead><tbody>")
        for role in roles {
            html.raw("<tr>")
            for cell in [role.title, role.country ?? "", role.firstSeen, role.lastSeen, role.source ?? ""] {
                html.raw("<td>")
                html.text(cell)
                html.raw("</td>")
            }
            html.raw("</tr>")
        }
        html.raw("</tbody></table>")
    }
}
