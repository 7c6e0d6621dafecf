import KnowledgeBase

/// The colour of each country on a page: the most frequent countries get the palette's
/// categories in turn, every other country (and an unknown one) the grey of `other`, so the
/// same country has the same colour in every chart of the page.
struct CountryColours {
    /// Countries with a colour of their own, most frequent first.
    let named: [String]

    /// From the countries of the participants of `meetings`, counted once per meeting.
    init(meetings: [ReportMeeting]) {
        var counts: [String: Int] = [:]
        for meeting in meetings {
            for country in Set(meeting.participants.compactMap(\.country)) { counts[country, default: 0] += 1 }
        }
        named = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Palette.categories.count).map(\.key)
    }

    func colour(of country: String?) -> Colour {
        guard let country, let index = named.firstIndex(of: country) else { return Palette.other }
        return Palette.categories[index]
    }

    /// The legend: a swatch and the code of each named country, then "other".
    func legend(label: String) -> String {
        var html = Markup()
        html.raw("<ul class=\"legend\" aria-label=\"\(Markup.escape(label))\">")
        for country in named {
            html.raw("<li><span class=\"swatch\" style=\"background:\(colour(of: country))\"></span>")
            html.text(country)
            html.raw("</li>")
        }
        html.raw("<li><span class=\"swatch\" style=\"background:\(Palette.other)\"></span>other or unknown</li></ul>")
        return html.text
    }
}
