import Extraction
import Foundation
import KnowledgeBase
import Testing

/// The query commands over a knowledge base written with hand-made facts, so that every output
/// format is checked exactly, whatever the extractor finds.
@Suite("attache meetings and attache aid", .tags(.large))
final class QueryCommandTests {
    let workspace = Workspace()

    init() throws {
        let knowledgeBase = try KnowledgeBase.open(path: workspace.path("kb.sqlite"))
        let body = "Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides. Ankara pledged $1.5 billion, \"urgently\"."
        let meeting = "Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides."
        let money = "Ankara pledged $1.5 billion, \"urgently\"."
        func span(_ sentence: String) -> Evidence {
            let range = body.range(of: sentence)!
            let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: range.lowerBound)
            return Evidence(start: start, end: start + sentence.unicodeScalars.count, text: sentence)
        }
        let date = Day(iso: "2022-06-08")!
        let facts = Facts(source: "rome.txt", date: date, title: nil, people: [
            PersonFact(name: "Mevlüt Çavuşoğlu", title: "Foreign Minister", country: "TR", evidence: span(meeting)),
            PersonFact(name: "Antony Blinken", title: "Secretary of State", country: "US", evidence: span(meeting)),
            PersonFact(name: "Sam Aide", evidence: span(meeting)),
        ], meetings: [
            MeetingFact(date: date, location: "Rome", participants: ["Mevlüt Çavuşoğlu", "Antony Blinken", "Sam Aide"],
                        topics: ["NATO enlargement"], evidence: [span(meeting)]),
            MeetingFact(date: Day(iso: "2022-07-01")!, datePrecision: .month, mode: .call, status: .planned,
                        participants: ["Mevlüt Çavuşoğlu", "Antony Blinken"], evidence: [span(meeting)]),
        ], aid: [
            AidFact(donor: "TR", recipient: "UA", amount: 1_500_000_000, currency: "USD", amountText: "$1.5 billion",
                    kind: .humanitarian, date: date, evidence: span(money)),
            AidFact(donor: "TR", recipient: "UA", amount: 9_000_000_000, currency: "USD", amountText: "$9 billion",
                    kind: .humanitarian, date: Day(iso: "2022-06-09")!, cumulative: true, evidence: span(money)),
        ])
        _ = try knowledgeBase.ingest(Article(source: "rome.txt", date: date, body: body), facts: facts)
    }

    @Test("table: padded columns, numbers right-aligned, a dashed rule; dates no finer than known")
    func meetingsTable() throws {
        let run = try workspace.attache("meetings", "--db", "kb.sqlite", "--person", "cavusoglu")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == """
            id  date        location  mode       status   participants                                topics
            --  ----------  --------  ---------  -------  ------------------------------------------  ----------------
             1  2022-06-08  Rome      in_person  held     Mevlüt Çavuşoğlu; Antony Blinken; Sam Aide  NATO enlargement
             2  2022-07               call       planned  Mevlüt Çavuşoğlu; Antony Blinken

            """)
    }

    @Test("json: an array with one object per line, every field, null where unknown")
    func meetingsJSON() throws {
        let run = try workspace.attache("meetings", "--db", "kb.sqlite", "--person", "BLINKEN", "--format", "json")
        #expect(run.stdout == """
            [{"id":1,"date":"2022-06-08","date_precision":"day","location":"Rome","mode":"in_person","status":"held",\
            "participants":["Mevlüt Çavuşoğlu","Antony Blinken","Sam Aide"],"topics":["NATO enlargement"],\
            "evidence":"Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides."},
             {"id":2,"date":"2022-07-01","date_precision":"month","location":null,"mode":"call","status":"planned",\
            "participants":["Mevlüt Çavuşoğlu","Antony Blinken"],"topics":[],\
            "evidence":"Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides."}]

            """)
        #expect(try jsonArray(run.stdout).count == 2)
    }

    @Test("jsonl and an empty result")
    func meetingsJSONLinesAndEmpty() throws {
        let lines = try workspace.attache("meetings", "--db", "kb.sqlite", "--format", "jsonl", "--since", "2022-07-01")
        #expect(lines.stdoutLines.count == 1)
        #expect(lines.stdout.hasPrefix(#"{"id":2,"#))
        let none = try workspace.attache("meetings", "--db", "kb.sqlite", "--person", "Nobody", "--format", "json")
        #expect(none.stdout == "[]\n")
        #expect(none.status == 0)
        let noLines = try workspace.attache("meetings", "--db", "kb.sqlite", "--person", "Nobody", "--format", "jsonl")
        #expect(noLines.stdout == "")
    }

    @Test("csv: RFC 4180 with a header, quoting commas and quotes")
    func aidCSV() throws {
        let run = try workspace.attache("aid", "--db", "kb.sqlite", "--format", "csv")
        #expect(run.stdout == "id,date,donor,recipient,amount,currency,kind,cumulative,evidence,date_precision\r\n"
            + "1,2022-06-08,TR,UA,1500000000,USD,humanitarian,false,\"Ankara pledged $1.5 billion, \"\"urgently\"\".\",day\r\n"
            + "2,2022-06-09,TR,UA,9000000000,USD,humanitarian,true,\"Ankara pledged $1.5 billion, \"\"urgently\"\".\",day\r\n")
    }

    @Test("The aid table ends with totals per currency that leave out cumulative rows")
    func aidTable() throws {
        let run = try workspace.attache("aid", "--db", "kb.sqlite", "--recipient", "ua")
        #expect(run.stdout == """
            id  date        donor  recipient      amount  currency  kind          cumulative
            --  ----------  -----  ---------  ----------  --------  ------------  ----------
             1  2022-06-08  TR     UA         1500000000  USD       humanitarian  no
             2  2022-06-09  TR     UA         9000000000  USD       humanitarian  yes

            currency       total  commitments
            --------  ----------  -----------
            USD       1500000000            1

            """)
        let filtered = try workspace.attache("aid", "--db", "kb.sqlite", "--from", "2022-06-09", "--format", "jsonl")
        #expect(filtered.stdout == #"{"id":2,"date":"2022-06-09","donor":"TR","recipient":"UA","amount":9000000000,"#
            + #""currency":"USD","kind":"humanitarian","cumulative":true,"evidence":"Ankara pledged $1.5 billion, \"urgently\".","#
            + #""date_precision":"day"}"#
            + "\n")
    }

    @Test("Querying a knowledge base that does not exist is one line and exit 3, and creates nothing")
    func missingDatabase() throws {
        let run = try workspace.attache("meetings", "--db", "none.sqlite", "--person", "Gantz")
        #expect(run.status == 3)
        #expect(run.stderr == "attache: none.sqlite: no knowledge base here yet; create it with `attache ingest`\n")
        #expect(!workspace.exists("none.sqlite"))
    }
}
