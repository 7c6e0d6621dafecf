import Extraction
import Foundation
import KnowledgeBase
import Testing

@testable import HTMLReport

@Suite("Report page", .tags(.small))
struct ReportPageTests {
    static let made = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14T22:13:20Z

    static func person(_ id: Int64, _ name: String, _ country: String?) -> ParticipantRow {
        ParticipantRow(id: id, name: name, role: "principal", title: nil, country: country)
    }

    static func source(_ sentence: String, title: String? = "A readout") -> SourceRow {
        SourceRow(articleID: 1, source: "a.txt", publishedOn: "2022-06-15", title: title, evidence: sentence, start: 0, end: sentence.count)
    }

    static func aid(_ id: Int64, _ date: String, _ amount: Int64, _ currency: String, cumulative: Bool = false,
                    donor: String = "US", recipient: String = "UA") -> ReportCommitment {
        ReportCommitment(aid: AidRow(id: id, date: date, donor: donor, recipient: recipient, amount: amount, currency: currency,
                                     kind: "military", cumulative: cumulative, evidence: nil),
                         amountText: "\(amount) \(currency)", source: source("Aid sentence \(id)."))
    }

    /// Three meetings of four people (one of them with a name that is markup), held, planned
    /// and cancelled, in person, by phone and by video; dollars and euros, one a running total.
    static var sample: ReportData {
        let ana = person(1, "Ana <script>alert(1)</script> Díaz", "ES")
        let bob = person(2, "Bob Stone", "US")
        let cyd = person(3, "Cyd Kuznets", "UA")
        let dee = person(4, "Dee O'Hara", nil)
        let meetings = [
            ReportMeeting(id: 10, date: Day(iso: "2022-06-01")!, location: "Kyiv", locationCountry: "UA", participants: [bob, cyd],
                          topics: ["security"], source: source("Bob Stone met Cyd Kuznets in Kyiv & talked.")),
            ReportMeeting(id: 11, date: Day(iso: "2022-06-01")!, datePrecision: .month, mode: .call, status: .planned,
                          participants: [ana, bob, dee], source: source("They will speak in June.")),
            ReportMeeting(id: 12, date: Day(iso: "2022-07-20")!, mode: .video, status: .cancelled, participants: [bob, cyd],
                          source: source("The video call was called off.", title: nil), reports: 3),
        ]
        let commitments = [aid(1, "2022-06-02", 100_000_000, "USD"), aid(2, "2022-06-20", 900_000_000, "USD", cumulative: true),
                           aid(3, "2022-07-01", 50_000_000, "EUR", donor: "EU"), aid(4, "2022-07-15", 25_000_000, "USD")]
        return ReportData(selection: ReportSelection(country: "ua", since: Day(iso: "2022-01-01")), profile: nil,
                          meetings: meetings, commitments: commitments, articles: 2)
    }

    func count(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    @Test("One mark per meeting, one node per person, one evidence row per fact")
    func marksAndNodes() {
        let html = ReportPage(data: Self.sample, generatedAt: Self.made).html()
        #expect(count("class=\"meeting-mark ", in: html) == 3)
        #expect(count("class=\"node\"", in: html) == 4)
        #expect(count("<tr id=\"m", in: html) == 3)
        #expect(count("<tr id=\"a", in: html) == 4)
        #expect(html.contains("class=\"meeting-mark cancelled\""))
        #expect(html.contains("href=\"#m12\""))
    }

    @Test("Data is text, never markup: names and sentences are escaped")
    func escaped() {
        let html = ReportPage(data: Self.sample, generatedAt: Self.made).html()
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("Ana &lt;script&gt;alert(1)&lt;/script&gt; Díaz"))
        #expect(html.contains("Kyiv &amp; talked."))
        #expect(html.contains("Dee O&#39;Hara"))
        #expect(count("<script>", in: html) == 1)
    }

    @Test("Nothing is fetched: no external URL, source attribute, import or web font, and a policy that forbids them")
    func selfContained() {
        let html = ReportPage(data: Self.sample, generatedAt: Self.made).html()
        for forbidden in ["http://", "https://", "src=", "@import", "url(", "@font-face", "<link", "<iframe", "<img"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("content=\"default-src 'none'"))
    }

    @Test("The header says what was selected, from how many articles, and when")
    func header() {
        let html = ReportPage(data: Self.sample, generatedAt: Self.made).html()
        #expect(html.contains("Selected: country UA, from 2022-01-01."))
        #expect(html.contains("3 meetings and 4 aid commitments, read from 2 articles. Made 2023-11-14T22:13:20Z"))
    }

    @Test("Every chart has a text alternative")
    func textAlternatives() {
        let html = ReportPage(data: Self.sample, generatedAt: Self.made).html()
        let charts = html.components(separatedBy: "<svg class=\"chart\"").dropFirst()
        #expect(charts.count == 4)  // timeline, network, USD, EUR
        for chart in charts {
            let opening = chart.prefix { $0 != ">" }
            #expect(opening.contains("role=\"img\"") && opening.contains("aria-labelledby="))
            #expect(chart.dropFirst(opening.count).hasPrefix("><title id="))
        }
    }

    @Test("Running totals are shown apart and never summed with new commitments")
    func runningTotals() {
        let html = ReportPage(data: Self.sample, generatedAt: Self.made).html()
        // New dollars: 100 m in June and 25 m in July; the 900 m running total stays apart.
        #expect(html.contains("2 new commitments totalling 125,000,000 USD"))
        #expect(html.contains("running total reported, 900,000,000 USD"))
        #expect(html.contains("<td>US</td><td>USD</td><td class=\"number\">125,000,000</td><td class=\"number\">2</td><td class=\"number\">900,000,000</td>"))
        // Euros are charted on their own, never added to dollars.
        #expect(html.contains("Aid in EUR by month"))
    }

    @Test("The same data and time give the same bytes")
    func deterministic() {
        #expect(ReportPage(data: Self.sample, generatedAt: Self.made).html() == ReportPage(data: Self.sample, generatedAt: Self.made).html())
    }

    @Test("Past the limits, meetings are counted per period, people and rows left out, and the page says so")
    func limits() {
        var limits = ReportLimits()
        limits.markedMeetings = 2
        limits.networkPeople = 2
        limits.evidenceRows = 1
        let html = ReportPage(data: Self.sample, generatedAt: Self.made, limits: limits).html()
        #expect(count("class=\"meeting-mark ", in: html) == 0)
        #expect(count("class=\"meeting-bin\"", in: html) >= 1)
        #expect(html.contains("3 meetings are too many to mark one by one"))
        #expect(count("class=\"node\"", in: html) == 2)
        #expect(html.contains("2 others with fewer are left out of the picture"))
        #expect(count("<tr id=\"m", in: html) == 1)
        #expect(html.contains("The latest 1 meetings are listed; 2 earlier ones are left out"))
    }

    @Test("An empty selection still makes a page that says so")
    func empty() {
        let data = ReportData(selection: ReportSelection(topic: "nothing"), profile: nil, meetings: [], commitments: [], articles: 0)
        let html = ReportPage(data: data, generatedAt: Self.made).html()
        #expect(html.contains("No meetings in this selection."))
        #expect(html.contains("No aid commitments in this selection."))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("A dossier shows the person, their titles over time and counterparts ranked")
    func dossier() {
        var data = Self.sample
        let bob = PersonRow(id: 2, name: "Bob Stone", country: "US", title: "Envoy", meetings: 3, aliases: ["Bob Stone", "Stone"])
        data.profile = PersonProfile(person: bob, roles: [RoleRow(title: "Envoy", country: "US", firstSeen: "2022-06-01", lastSeen: "2022-07-20",
                                                                  source: "a.txt")],
                                     counterparts: [], topics: [], aid: [])
        let html = ReportPage(data: data, generatedAt: Self.made).html()
        #expect(html.contains("<title>Dossier: Bob Stone</title>"))
        #expect(html.contains("<caption>Titles over time</caption>"))
        // Cyd met Bob twice, Ana and Dee once each.
        let ranked = html.components(separatedBy: "Counterparts, ranked")[1]
        let cyd = ranked.range(of: "Cyd Kuznets")?.lowerBound
        let dee = ranked.range(of: "Dee O&#39;Hara")?.lowerBound
        #expect(cyd != nil && dee != nil && cyd! < dee!)
        #expect(html.contains("class=\"focus\""))
    }

    @Test("Amounts are written exactly and short", arguments: [
        (Int64(0), "0", "0"), (Int64(999), "999", "999"), (Int64(1_000), "1,000", "1 k"),
        (Int64(4_830_000_000), "4,830,000,000", "4.83 bn"), (Int64(500_000_000), "500,000,000", "500 m"),
        (Int64(12_500), "12,500", "12.5 k"),
    ])
    func figures(value: Int64, grouped: String, short: String) {
        #expect(Figures.grouped(value) == grouped)
        #expect(Figures.short(Double(value)) == short)
    }
}
