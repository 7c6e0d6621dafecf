import Foundation
import Testing

/// `attache people`, `attache person` and the filters of `attache meetings`, on the fixture set
/// of fixtures/cross-article ingested by the binary itself.
@Suite("attache people, attache person and meetings filters", .tags(.large))
final class PeopleCommandTests {
    let workspace = Workspace()

    init() throws {
        let fixtures = Workspace.repository.appendingPathComponent("fixtures/cross-article").path
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", fixtures)
        #expect(run.status == 0, "\(run)")
    }

    @Test("people: one row per person, namesakes apart, aliases gathered from every article")
    func people() throws {
        let run = try workspace.attache("people", "--db", "kb.sqlite", "--country", "il")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == """
            id  name            country  title                   meetings  aliases
            --  --------------  -------  ----------------------  --------  ----------------------------------
             1  Benjamin Gantz  IL       Defense Minister               4  Benjamin Gantz; Benny Gantz; Gantz
             3  Michael Herzog  IL       Ambassador to the U.S.         1  Michael Herzog
             4  Yaki Dolf       IL       Military Secretary             1  Yaki Dolf

            """)
        let all = try jsonArray(try workspace.attache("people", "--db", "kb.sqlite", "--format", "json").stdout)
        #expect(all.count == 11)
        #expect(all.compactMap { $0["name"] as? String }.filter { $0.hasSuffix("Sullivan") } == ["Dan Sullivan", "Jake Sullivan"])
        #expect(all.first.map { Array($0.keys).sorted() } == ["aliases", "country", "id", "meetings", "name", "title"])
    }

    @Test("person: a name several people share is refused with the list of them, exit 2")
    func ambiguousName() throws {
        let run = try workspace.attache("person", "--db", "kb.sqlite", "Sullivan")
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "attache: Sullivan: names 2 people: Dan Sullivan (US, Senator); "
            + "Jake Sullivan (US, National Security Adviser); give a fuller name\n")
        let meetings = try workspace.attache("meetings", "--db", "kb.sqlite", "--person", "sullivan")
        #expect(meetings.status == 2)
        let nobody = try workspace.attache("person", "--db", "kb.sqlite", "Nobody Known")
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "attache: Nobody Known: no person of that name in the knowledge base\n")
    }

    @Test("person: roles over time, counterparts by meetings together, topics and the country's aid")
    func profile() throws {
        let run = try workspace.attache("person", "--db", "kb.sqlite", "Jake Sullivan", "--format", "json")
        #expect(run.status == 0, "\(run)")
        let object = try #require(try jsonArray(run.stdout).first)
        #expect(object["name"] as? String == "Jake Sullivan")
        #expect(object["meetings"] as? Int == 2)
        let roles = try #require(object["roles"] as? [[String: Any]])
        #expect(roles.map { "\($0["title"] ?? "") \($0["first_seen"] ?? "")..\($0["last_seen"] ?? "")" } == [
            "National Security Adviser 2022-05-19..2022-06-10", "National Security Advisor 2022-06-08..2022-06-08",
        ])
        let counterparts = try #require(object["counterparts"] as? [[String: Any]])
        #expect(counterparts.compactMap { $0["name"] as? String } == ["Andriy Yermak", "Benjamin Gantz"])
        let aid = try #require(object["aid"] as? [[String: Any]])
        #expect(aid.compactMap { $0["amount"] as? Int } == [4_830_000_000, 5_300_000_000])

        let table = try workspace.attache("person", "--db", "kb.sqlite", "Lloyd Austin")
        #expect(table.stdout.hasPrefix("""
            id  name                 country  title                 meetings  aliases
            --  -------------------  -------  --------------------  --------  -----------------------------------------
             2  Lloyd J. Austin III  US       Secretary of Defense         2  Austin; Lloyd Austin; Lloyd J. Austin III

            title                 country  first_seen  last_seen   source
            """))
        #expect(table.stdout.contains("""
            id  counterpart     country  meetings
            --  --------------  -------  --------
             1  Benjamin Gantz  IL              2
            """))
    }

    @Test("meetings --person A --with B, --topic, --country: one row per meeting however many reports")
    func meetingFilters() throws {
        let together = try workspace.attache("meetings", "--db", "kb.sqlite", "--person", "Benny Gantz", "--with", "austin",
                                             "--format", "csv")
        #expect(together.status == 0, "\(together)")
        // CSV records end with CRLF.
        let records = together.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(records.count == 3)
        #expect(records.dropFirst().first?.hasPrefix("1,2022-05-19,day,Pentagon,in_person,held,Benjamin Gantz; Lloyd J. Austin III; ") == true)
        #expect(records.last?.hasPrefix("4,2022-06-14,day,,call,held,Benjamin Gantz; Lloyd J. Austin III,") == true)
        let ukraine = try workspace.attache("meetings", "--db", "kb.sqlite", "--country", "UA", "--since", "2022-06-07",
                                            "--format", "jsonl")
        #expect(try ukraine.stdoutLines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["date"] as? String
        } == ["2022-06-07", "2022-06-09"])
        let topic = try workspace.attache("meetings", "--db", "kb.sqlite", "--topic", "MARITIME SECURITY", "--format", "jsonl")
        #expect(topic.stdoutLines.count == 1)
        let without = try workspace.attache("meetings", "--db", "kb.sqlite", "--with", "Gantz")
        #expect(without.status == 2)
    }
}
