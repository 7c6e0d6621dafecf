import KnowledgeBase

/// Who met whom, as a graph: people are nodes (the most meetings first), two people who met
/// are joined by an edge weighted by their meetings together.
struct MeetingNetwork {
    struct Person {
        var id: Int64
        var name: String
        var country: String?
        var meetings: Int
    }

    /// The people drawn, most meetings first, then by name.
    let people: [Person]
    /// Ties between drawn people, strongest first: indexes into `people` and meetings together.
    let ties: [(a: Int, b: Int, meetings: Int)]
    /// How many people and ties were left out to stay legible.
    let omittedPeople: Int
    let omittedTies: Int

    init(meetings: [ReportMeeting], maxPeople: Int, maxTies: Int) {
        var everyone: [Int64: Person] = [:]
        for meeting in meetings {
            for participant in meeting.participants {
                everyone[participant.id, default: Person(id: participant.id, name: participant.name, country: participant.country, meetings: 0)]
                    .meetings += 1
            }
        }
        let ranked = everyone.values.sorted { ($1.meetings, $0.name, $0.id) < ($0.meetings, $1.name, $1.id) }
        people = Array(ranked.prefix(maxPeople))
        omittedPeople = ranked.count - people.count
        let index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($0.element.id, $0.offset) })
        var together: [Int: Int] = [:]  // a * count + b, a < b
        let count = people.count
        for meeting in meetings {
            let present = Set(meeting.participants.compactMap { index[$0.id] }).sorted()
            for (i, a) in present.enumerated() {
                for b in present[(i + 1)...] { together[a * count + b, default: 0] += 1 }
            }
        }
        let all = together.map { (a: $0.key / count, b: $0.key % count, meetings: $0.value) }
            .sorted { ($1.meetings, $0.a, $0.b) < ($0.meetings, $1.a, $1.b) }
        ties = Array(all.prefix(maxTies))
        omittedTies = all.count - ties.count
    }

    var graph: Graph {
        Graph(nodeCount: people.count, edges: ties.map { Graph.Edge(a: $0.a, b: $0.b, weight: Double($0.meetings)) })
    }
}

/// Section 2: the network drawn, with a table of the strongest ties as its text.
struct NetworkSection {
    let network: MeetingNetwork
    let colours: CountryColours
    /// The person of a dossier, ringed.
    let focus: Int64?
    let limits: ReportLimits

    static let width = 1100.0

    func html() -> String {
        var html = Markup()
        html.raw("<section id=\"network\"><h2>Who met whom</h2>")
        let people = network.people
        guard !people.isEmpty else {
            html.raw("<p class=\"note\">No meetings, so nobody to draw.</p></section>")
            return html.text
        }
        let height = people.count <= 12 ? 360.0 : people.count <= 60 ? 520 : 680
        let positions = NetworkLayout(width: Self.width, height: height, margin: 30).positions(for: network.graph)
        let most = Double(people.map(\.meetings).max() ?? 1)
        let radii = people.map { 4 + 9 * (Double($0.meetings) / most).squareRoot() }
        let labels = LabelPlacement(width: Self.width, height: height, fontSize: 12, limit: limits.networkLabels)
            .place(zip(positions, zip(radii, people)).map { LabelPlacement.Node(centre: $0.0, radius: $0.1.0, label: $0.1.1.name) })
        let strongest = Double(network.ties.first?.meetings ?? 1)
        let top = people.prefix(5).map { "\($0.name) (\($0.meetings))" }.joined(separator: ", ")
        html.raw("<svg class=\"chart\" viewBox=\"0 0 \(Markup.number(Self.width)) \(Markup.number(height))\" role=\"img\" ")
        html.raw("aria-labelledby=\"network-title network-desc\"><title id=\"network-title\">")
        html.text("Network of \(Figures.count(people.count, "person", "people")) who met, \(Figures.count(network.ties.count, "pair")) joined")
        html.raw("</title><desc id=\"network-desc\">")
        html.text("Node size: meetings; line width: meetings together; colour: country. Most meetings: \(top). "
            + "The table below lists the strongest ties.")
        html.raw("</desc><g class=\"edges\">")
        for tie in network.ties.reversed() {
            let (a, b) = (positions[tie.a], positions[tie.b])
            html.raw("<line x1=\"\(Markup.number(a.x))\" y1=\"\(Markup.number(a.y))\" x2=\"\(Markup.number(b.x))\" y2=\"\(Markup.number(b.y))\" ")
            html.raw("stroke-width=\"\(Markup.number(1 + 4 * Double(tie.meetings) / strongest))\"><title>")
            html.text("\(people[tie.a].name) and \(people[tie.b].name): \(Figures.count(tie.meetings, "meeting"))")
            html.raw("</title></line>")
        }
        html.raw("</g>")
        // The least connected first, so that the most connected are drawn on top.
        for index in people.indices.reversed() {
            let person = people[index]
            let centre = positions[index]
            html.raw("<g class=\"node\" data-person=\"\(person.id)\" data-filter=\"\(Markup.escape(person.name))\" tabindex=\"0\">")
            html.raw("<circle cx=\"\(Markup.number(centre.x))\" cy=\"\(Markup.number(centre.y))\" r=\"\(Markup.number(radii[index]))\" ")
            html.raw("fill=\"\(colours.colour(of: person.country))\"\(person.id == focus ? " class=\"focus\"" : "")/>")
            if let box = labels[index] {
                html.raw("<text class=\"label\" x=\"\(Markup.number(box.x))\" y=\"\(Markup.number(box.y + box.height * 0.85))\">")
            } else {
                html.raw("<text class=\"hover-label\" x=\"\(Markup.number(centre.x + radii[index] + 3))\" y=\"\(Markup.number(centre.y + 4))\">")
            }
            html.text(person.name)
            html.raw("</text><title>")
            html.text("\(person.name)\(person.country.map { " (\($0))" } ?? ""): \(Figures.count(person.meetings, "meeting")); click to filter the evidence")
            html.raw("</title></g>")
        }
        html.raw("</svg>")
        html.raw(colours.legend(label: "Network colours by country"))
        var notes: [String] = []
        if network.omittedPeople > 0 {
            notes.append("The \(Figures.grouped(Int64(people.count))) people with the most meetings are drawn; "
                + "\(Figures.count(network.omittedPeople, "other", "others")) with fewer are left out of the picture (they are in the evidence table).")
        }
        if network.omittedTies > 0 {
            notes.append("The \(Figures.grouped(Int64(network.ties.count))) strongest ties are drawn; \(Figures.count(network.omittedTies, "weaker one")) are left out.")
        }
        notes.append("Names of \(Figures.count(labels.count, "person", "people")) are written where they do not overlap; hover over a node for the others.")
        html.raw("<p class=\"note\">")
        html.text(notes.joined(separator: " "))
        html.raw("</p><table class=\"ties\"><caption>Strongest ties</caption><thead><tr><th>Person</th><th>Person</th>")
        html.raw("<th class=\"number\">Meetings together</th></tr></thead><tbody>")
        for tie in network.ties.prefix(limits.tieRows) {
            html.raw("<tr><td>")
            html.text(people[tie.a].name)
            html.raw("</td><td>")
            html.text(people[tie.b].name)
            html.raw("</td><td class=\"number\">\(tie.meetings)</td></tr>")
        }
        html.raw("</tbody></table></section>")
        return html.text
    }
}
