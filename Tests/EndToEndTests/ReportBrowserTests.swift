import Foundation
import Testing

/// The fixtures' report opened in a real headless Chromium: it loads with no error and no
/// request, and its SVG holds one mark per meeting and one node per person.
@Suite("Report in a browser", .tags(.large), .serialized,
       .enabled(if: HeadlessChromium.binary != nil,
                "no chromium binary on PATH (nor $CHROMIUM): install Debian's `chromium` package, as .ci/run does"))
final class ReportBrowserTests {
    let workspace = Workspace()

    @Test("The fixtures' report loads offline, without errors, with a mark per meeting and a node per person")
    func fixturesReport() throws {
        let fixtures = Workspace.repository.appendingPathComponent("fixtures").path
        let ingest = try workspace.attache("ingest", fixtures, "--db", "kb.sqlite")
        #expect(ingest.status == 0, "\(ingest)")
        let report = try workspace.attache("report", "--db", "kb.sqlite", "-o", "report.html")
        try #require(report.status == 0, "\(report)")
        #expect(report.stdout.isEmpty && report.stderr.isEmpty)
        // What the page must show, from the knowledge base through the CLI.
        let meetings = try jsonArray(try workspace.attache("meetings", "--db", "kb.sqlite", "--format", "json").stdout)
        let people = Set(meetings.flatMap { $0["participants"] as? [String] ?? [] })
        try #require(!meetings.isEmpty && !people.isEmpty)

        let browser = try HeadlessChromium(binary: try #require(HeadlessChromium.binary))
        let visit = try browser.visit(URL(fileURLWithPath: workspace.path("report.html")))
        #expect(visit.errors == [])
        #expect(visit.requests == [])
        let counts = try #require(try browser.evaluate("""
            JSON.stringify({
              marks: document.querySelectorAll('#timeline .meeting-mark').length,
              nodes: document.querySelectorAll('#network .node').length,
              rows: document.querySelectorAll('#evidence-meetings tbody tr').length,
              charts: document.querySelectorAll('svg.chart').length,
              untitled: [...document.querySelectorAll('svg.chart')].filter(s => !s.querySelector(':scope > title')).length,
              outside: [...document.querySelectorAll('#network .node circle')].filter(c => {
                const b = c.getBBox(), v = c.ownerSVGElement.viewBox.baseVal;
                return b.x < 0 || b.y < 0 || b.x + b.width > v.width || b.y + b.height > v.height;
              }).length,
              selectable: document.body.innerText.includes('Who met whom')
            })
            """) as? String)
        let page = try #require(try JSONSerialization.jsonObject(with: Data(counts.utf8)) as? [String: Any])
        #expect(page["marks"] as? Int == meetings.count)
        #expect(page["nodes"] as? Int == people.count)
        #expect(page["rows"] as? Int == meetings.count)
        #expect(page["charts"] as? Int ?? 0 >= 3)
        #expect(page["untitled"] as? Int == 0)
        #expect(page["outside"] as? Int == 0)
        #expect(page["selectable"] as? Bool == true)

        // The page's own script: typing in the filter hides the rows that do not match.
        let name = try #require(people.sorted().first)
        let shown = try browser.evaluate("""
            (() => { const f = document.getElementById('filter'); f.value = \(String(reflecting: name));
              f.dispatchEvent(new Event('input'));
              return [...document.querySelectorAll('#evidence-meetings tbody tr')].filter(r => !r.hidden).length; })()
            """) as? Int
        let expected = meetings.filter { ($0["participants"] as? [String] ?? []).contains(name) }.count
        #expect(shown ?? -1 >= expected && shown ?? -1 < meetings.count + 1)

        let png = try browser.screenshot()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 10_000)
        try png.write(to: workspace.url.appendingPathComponent("report.png"))

        // A dossier, in the same browser: the person and everyone they met are nodes.
        let dossier = try workspace.attache("report", "--db", "kb.sqlite", "--person", "Jake Sullivan", "-o", "jake.html")
        try #require(dossier.status == 0, "\(dossier)")
        let jake = meetings.filter { ($0["participants"] as? [String] ?? []).contains("Jake Sullivan") }
        let visit2 = try browser.visit(URL(fileURLWithPath: workspace.path("jake.html")))
        #expect(visit2.errors == [] && visit2.requests == [])
        let dossierCounts = try browser.evaluate("""
            [document.querySelectorAll('#timeline .meeting-mark').length, document.querySelectorAll('#network .node').length,
             document.querySelectorAll('#dossier table.roles tbody tr').length]
            """) as? [Int]
        #expect(dossierCounts?.prefix(2) == [jake.count, Set(jake.flatMap { $0["participants"] as? [String] ?? [] }).count])
        #expect(dossierCounts?.last ?? 0 >= 1)  // titles over time
    }

    @Test("The browser check itself sees a console error and a request when a page makes them")
    func checkCanFail() throws {
        let page = try workspace.write("bad.html", """
            <!DOCTYPE html><html><body><img src="http://127.0.0.1:9/pixel.png"><script>console.error("boom")</script></body></html>
            """)
        let browser = try HeadlessChromium(binary: try #require(HeadlessChromium.binary))
        let visit = try browser.visit(URL(fileURLWithPath: page))
        #expect(visit.errors.contains { $0.contains("boom") })
        #expect(visit.requests == ["http://127.0.0.1:9/pixel.png"])
    }
}
