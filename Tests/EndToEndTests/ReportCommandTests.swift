import Foundation
import Testing

/// `attache report`: the file it writes and its errors, on the cross-article fixtures ingested
/// by the binary itself. (ReportBrowserTests opens the page in a browser.)
@Suite("attache report", .tags(.large))
final class ReportCommandTests {
    let workspace = Workspace()

    init() throws {
        let fixtures = Workspace.repository.appendingPathComponent("fixtures/cross-article").path
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", fixtures)
        #expect(run.status == 0, "\(run)")
    }

    @Test("report -o FILE writes one HTML page and prints nothing; -o - writes it to stdout")
    func writes() throws {
        let run = try workspace.attache("report", "--db", "kb.sqlite", "--country", "UA", "-o", "ua.html")
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty, "\(run)")
        let html = String(decoding: try workspace.bytes("ua.html"), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Selected: country UA."))
        #expect(html.contains("Andriy Yermak"))
        #expect(!html.contains("Lloyd J. Austin III"))  // he met no one from Ukraine
        let piped = try workspace.attache("report", "--db", "kb.sqlite", "--country", "UA", "-o", "-")
        #expect(piped.status == 0)
        // The same page but for the moment it was made.
        func withoutTime(_ page: String) -> String { page.replacingOccurrences(of: #"Made [0-9T:Z-]+"#, with: "", options: .regularExpression) }
        #expect(withoutTime(piped.stdout) == withoutTime(html))
    }

    @Test("--person makes the dossier; a name that fits several people is a usage error listing them, and nothing is written")
    func person() throws {
        let dossier = try workspace.attache("report", "--db", "kb.sqlite", "--person", "Jake Sullivan", "-o", "jake.html")
        #expect(dossier.status == 0, "\(dossier)")
        let html = String(decoding: try workspace.bytes("jake.html"), as: UTF8.self)
        #expect(html.contains("<title>Dossier: Jake Sullivan</title>"))
        #expect(html.contains("Counterparts, ranked by meetings together"))

        let ambiguous = try workspace.attache("report", "--db", "kb.sqlite", "--person", "Sullivan", "-o", "sullivan.html")
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "attache: Sullivan: names 2 people: Dan Sullivan (US, Senator); "
            + "Jake Sullivan (US, National Security Adviser); give a fuller name\n")
        #expect(!workspace.exists("sullivan.html"))

        let nobody = try workspace.attache("report", "--db", "kb.sqlite", "--person", "Nobody Known", "-o", "nobody.html")
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "attache: Nobody Known: no person of that name in the knowledge base\n")
        #expect(!workspace.exists("nobody.html"))
    }

    @Test("Usage errors and a file that cannot be written are one line each", arguments: [
        (["report", "--db", "kb.sqlite"], Int32(2), "Missing expected argument '--output <file>'"),
        (["report", "--db", "kb.sqlite", "--since", "2022-06-01", "--until", "2022-05-01", "-o", "x.html"], Int32(2),
         "--until 2022-05-01 is before --since 2022-06-01"),
        (["report", "--db", "kb.sqlite", "--since", "June", "-o", "x.html"], Int32(2), "--since"),
        (["report", "--db", "kb.sqlite", "-o", "no/such/folder/x.html"], Int32(1), "attache: no/such/folder/x.html: cannot create the file"),
        (["report", "--db", "missing.sqlite", "-o", "x.html"], Int32(3), "attache: missing.sqlite: no knowledge base here yet"),
    ])
    func errors(arguments: [String], status: Int32, message: String) throws {
        let run = try workspace.attache(arguments)
        #expect(run.status == status, "\(run)")
        #expect(run.stderr.contains(message), "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(!workspace.exists("x.html"))
    }
}
