import Foundation
import Testing

/// `attache topics` and `attache search`, in every format, on the sample knowledge base.
@Suite("attache topics and attache search", .tags(.large))
final class TopicsAndSearchTests {
    let workspace = Workspace()

    init() throws {
        try SampleKnowledgeBase.write(to: workspace.path("kb.sqlite"))
    }

    @Test("topics: every topic with its meetings and articles, most meetings first")
    func topics() throws {
        let table = try workspace.attache("topics", "--db", "kb.sqlite")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout == """
            id  name              parent  meetings  articles
            --  ----------------  ------  --------  --------
             3  military aid                     1         1
             1  NATO enlargement                 1         1
             2  humanitarian aid                 0         1

            """)
        let json = try workspace.attache("topics", "--db", "kb.sqlite", "--format", "json")
        #expect(json.stdout == """
            [{"id":3,"name":"military aid","parent":null,"meetings":1,"articles":1},
             {"id":1,"name":"NATO enlargement","parent":null,"meetings":1,"articles":1},
             {"id":2,"name":"humanitarian aid","parent":null,"meetings":0,"articles":1}]

            """)
        let csv = try workspace.attache("topics", "--db", "kb.sqlite", "--format", "csv")
        #expect(csv.stdout.hasPrefix("id,name,parent,meetings,articles\r\n3,military aid,,1,1\r\n"))
        #expect(try workspace.attache("topics", "--db", "kb.sqlite", "--format", "jsonl").stdoutLines.count == 3)
    }

    @Test("search: best match first, the matched words in brackets, title or body")
    func search() throws {
        let table = try workspace.attache("search", "--db", "kb.sqlite", "rome")
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout == """
            id  date        source    title                               snippet
            --  ----------  --------  ----------------------------------  ---------------------------------------------------------------------------------------------------
             1  2022-06-10  rome.txt  Çavuşoğlu and Blinken meet in Rome  Mevlüt Çavuşoğlu met Antony Blinken in [Rome], with aides. They will speak again in August. Ankara…
             2  2022-07-02  call.txt                                      …They had met in [Rome] last month. Washington committed $2 billion.

            """)
        let csv = try workspace.attache("search", "--db", "kb.sqlite", "rome NOT aides", "--format", "csv")
        #expect(csv.stdout == "id,date,source,title,snippet\r\n2,2022-07-02,call.txt,,…They had met in [Rome] last month. Washington committed $2 billion.\r\n")
        let title = try workspace.attache("search", "--db", "kb.sqlite", "title:blinken", "--format", "jsonl")
        #expect(title.stdout == #"{"id":1,"date":"2022-06-10","source":"rome.txt","title":"Çavuşoğlu and Blinken meet in Rome","snippet":"Çavuşoğlu and [Blinken] meet in Rome"}"# + "\n")
        // Accents are ignored, and --limit keeps the best.
        let folded = try workspace.attache("search", "--db", "kb.sqlite", "cavusoglu", "--limit", "1", "--format", "json")
        #expect(try jsonArray(folded.stdout).count == 1)
        #expect(try workspace.attache("search", "--db", "kb.sqlite", "Kyiv", "--format", "json").stdout == "[]\n")
        let since = try workspace.attache("search", "--db", "kb.sqlite", "rome", "--since", "2022-07-01", "--format", "jsonl")
        #expect(since.stdoutLines.count == 1)
        #expect(since.stdout.hasPrefix(#"{"id":2,"#))
        let until = try workspace.attache("search", "--db", "kb.sqlite", "rome", "--until", "2022-06-10", "--format", "jsonl")
        #expect(until.stdout.hasPrefix(#"{"id":1,"#) && until.stdoutLines.count == 1)
    }

    @Test("search: a query FTS5 cannot read is one line and exit 2", arguments: [
        "\"unclosed", "rome AND", "(rome", "nosuchcolumn:rome", "NEAR(",
    ])
    func malformed(query: String) throws {
        let run = try workspace.attache("search", "--db", "kb.sqlite", query)
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.hasPrefix("attache: \(query): not a valid search query ("), "\(run)")
    }

    @Test("search: on a terminal (or with CLICOLOR_FORCE) the table shows matches in bold, never spilling past a line")
    func bold() throws {
        let on = "\u{1B}[1m", off = "\u{1B}[22m"
        let run = try workspace.attache(["search", "--db", "kb.sqlite", "\"met Antony Blinken\""],
                                        environment: ["CLICOLOR_FORCE": "1", "COLUMNS": "60"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("\(on)met"), "\(run)")
        let styled = run.stdoutLines.filter { $0.contains("\u{1B}") }
        #expect(styled.count >= 2, "\(run)")
        for line in styled {
            #expect(line.components(separatedBy: on).count == line.components(separatedBy: off).count, "\(line)")
            #expect(line.range(of: off, options: .backwards)!.lowerBound > line.range(of: on, options: .backwards)!.lowerBound)
        }
        // The shape of the data never depends on the terminal: json keeps the brackets.
        let json = try workspace.attache(["search", "--db", "kb.sqlite", "rome", "--format", "json"], environment: ["CLICOLOR_FORCE": "1"])
        #expect(!json.stdout.contains("\u{1B}"))
        #expect(json.stdout.contains("[Rome]"))
        let plain = try workspace.attache(["search", "--db", "kb.sqlite", "rome"], environment: ["NO_COLOR": "1"])
        #expect(!plain.stdout.contains("\u{1B}"))
    }

    @Test("search: an empty query is a usage error")
    func empty() throws {
        let run = try workspace.attache("search", "--db", "kb.sqlite", " ")
        #expect(run.status == 2)
        #expect(run.stderr.contains("the search query is empty"), "\(run)")
    }
}
