import Foundation
import KnowledgeBase

/// A report as one self-contained HTML file: inline CSS and SVG and a few lines of script of
/// our own, no font, image, style sheet or script fetched from anywhere (its Content Security
/// Policy forbids it). The same data and time give the same bytes.
public struct ReportPage {
    public var data: ReportData
    /// When the file was made, shown in its header.
    public var generatedAt: Date
    public var limits: ReportLimits

    public init(data: ReportData, generatedAt: Date, limits: ReportLimits = .standard) {
        self.data = data
        self.generatedAt = generatedAt
        self.limits = limits
    }

    /// The page.
    public func html() -> String {
        let colours = CountryColours(meetings: data.meetings)
        let evidence = Evidence(meetings: data.meetings, commitments: data.commitments, limits: limits)
        let focus = data.profile?.person.country ?? data.selection.country?.uppercased() ?? colours.named.first
        var page = Markup(capacity: 1 << 20)
        page.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
        page.raw("script-src 'unsafe-inline'; img-src data:\"><meta name=\"generator\" content=\"attache report\"><title>")
        page.text(title)
        page.raw("</title><style>\(Self.stylesheet)</style></head><body>")
        header(into: &page)
        page.raw("<main>")
        if let profile = data.profile {
            page.raw(Dossier(profile: profile, meetings: data.meetings, colours: colours, limits: limits).html())
        }
        page.raw(Timeline(meetings: data.meetings, focus: focus, limits: limits, listed: Set(evidence.listedMeetings.map(\.id))).html())
        let network = MeetingNetwork(meetings: data.meetings, maxPeople: limits.networkPeople, maxTies: limits.networkTies)
        page.raw(NetworkSection(network: network, colours: colours, focus: data.profile?.person.id, limits: limits).html())
        page.raw(AidChart(commitments: data.commitments, limits: limits).html())
        page.raw(evidence.html())
        page.raw("</main><script>\(Self.script)</script></body></html>\n")
        return page.text
    }

    private var title: String {
        data.profile.map { "Dossier: \($0.person.name)" } ?? "Attache report: \(selectionText)"
    }

    /// "person Jake Sullivan, country UA, topic security, from 2022-01-01 to 2022-12-31", or "everything".
    var selectionText: String {
        let selection = data.selection
        var parts: [String] = []
        if let name = data.profile?.person.name ?? selection.person { parts.append("person \(name)") }
        if let country = selection.country { parts.append("country \(country.uppercased())") }
        if let topic = selection.topic { parts.append("topic “\(topic)”") }
        if let since = selection.since { parts.append("from \(since)") }
        if let until = selection.until { parts.append("until \(until)") }
        return parts.isEmpty ? "everything in the knowledge base" : parts.joined(separator: ", ")
    }

    /// Section 5: what was selected, from how many articles, and when the file was made.
    private func header(into page: inout Markup) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        page.raw("<header><h1>")
        page.text(title)
        page.raw("</h1><p class=\"selection\">Selected: ")
        page.text(selectionText)
        page.raw(".</p><p>")
        page.text("\(Figures.count(data.meetings.count, "meeting")) and \(Figures.count(data.commitments.count, "aid commitment")), "
            + "read from \(Figures.count(data.articles, "article")). Made \(formatter.string(from: generatedAt)) by attache report.")
        page.raw("</p><nav aria-label=\"Sections\"><a href=\"#timeline\">Timeline</a> · <a href=\"#network\">Who met whom</a> · ")
        page.raw("<a href=\"#aid\">Aid</a> · <a href=\"#evidence\">Evidence</a></nav></header>")
    }

    /// System fonts only: nothing to fetch. Colours from `Palette`, which PaletteTests checks for contrast.
    static let stylesheet = """
        :root{color:\(Palette.ink);background:\(Palette.background);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}\
        body{max-width:1140px;margin:0 auto;padding:0 16px 48px}\
        h1{font-size:1.6rem;margin:1.2rem 0 .3rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid \(Palette.rule)}\
        .note,.selection,nav{color:\(Palette.muted)}a{color:\(Palette.categories[0])}\
        svg.chart{width:100%;height:auto;display:block;font-size:12px}\
        svg text{fill:\(Palette.ink)}.axis line{stroke:\(Palette.muted)}.axis text{fill:\(Palette.muted)}\
        .grid{stroke:\(Palette.rule);stroke-width:1}.lane-label{font-weight:600}\
        .span{stroke-width:3;stroke-linecap:round}\
        .edges line{stroke:\(Palette.muted);stroke-opacity:.45}\
        .node{cursor:pointer}.node circle{stroke:#fff;stroke-width:1.5}.node circle.focus{stroke:\(Palette.ink);stroke-width:3}\
        .node text{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}\
        .hover-label{visibility:hidden}.node:hover .hover-label,.node:focus .hover-label{visibility:visible}\
        .node:hover circle,.node:focus circle{stroke:\(Palette.ink);stroke-width:2}\
        .legend{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;font-size:.9rem}\
        .legend svg{vertical-align:-2px;margin-right:.3rem}\
        .swatch{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:.3rem;vertical-align:-1px}\
        table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.3rem 0}\
        th,td{border-bottom:1px solid \(Palette.rule);padding:.25rem .5rem;text-align:left;vertical-align:top}\
        .number{text-align:right;font-variant-numeric:tabular-nums}td.date{white-space:nowrap}\
        table.evidence{width:100%}table.evidence q{font-style:italic}.cite{color:\(Palette.muted)}\
        .side-by-side{display:flex;flex-wrap:wrap;gap:0 2rem}\
        figure{margin:1rem 0}figcaption{font-weight:600}.band-label{font-size:11px}\
        .bar-cell{width:30%}.bar{display:inline-block;height:10px}\
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}\
        input[type=search]{font:inherit;padding:.2rem .4rem;min-width:18rem}\
        tr[hidden]{display:none}
        """

    /// Filters the evidence tables as one types, and fills the filter with a person clicked in the network.
    static let script = """
        (function(){var f=document.getElementById('filter');if(!f)return;\
        var rows=document.querySelectorAll('#evidence tbody tr');\
        function apply(){var q=f.value.toLowerCase();for(var i=0;i<rows.length;i++){\
        rows[i].hidden=q!==''&&rows[i].textContent.toLowerCase().indexOf(q)<0;}}\
        f.addEventListener('input',apply);\
        document.addEventListener('click',function(e){var n=e.target.closest&&e.target.closest('[data-filter]');\
        if(n){f.value=n.getAttribute('data-filter');apply();document.getElementById('evidence').scrollIntoView();}});})();
        """
}
