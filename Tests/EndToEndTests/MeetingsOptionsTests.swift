import Foundation
import Testing

/// `attache meetings --mode/--status/--limit/--evidence`, in every format, on the sample knowledge base.
@Suite("attache meetings: mode, status, limit and evidence", .tags(.large))
final class MeetingsOptionsTests {
    let workspace = Workspace()

    init() throws {
        try SampleKnowledgeBase.write(to: workspace.path("kb.sqlite"))
    }

    private func meetings(_ arguments: String...) throws -> Run {
        try workspace.attache(["meetings", "--db", "kb.sqlite"] + arguments)
    }

    @Test("--mode and --status keep the meetings held that way or in that state")
    func modeAndStatus() throws {
        let video = try meetings("--mode", "video", "--format", "csv")
        #expect(video.status == 0, "\(video)")
        #expect(video.stdout == "id,date,date_precision,location,mode,status,participants,topics,evidence\r\n"
            + "3,2022-07-01,day,,video,held,Antony Blinken; Mevlüt Çavuşoğlu,military aid,Blinken and Çavuşoğlu spoke by video on Friday.\r\n")
        let planned = try meetings("--status", "planned", "--format", "jsonl")
        #expect(planned.stdout == #"{"id":2,"date":"2022-08-01","date_precision":"month","location":null,"mode":"call","#
            + #""status":"planned","participants":["Mevlüt Çavuşoğlu","Antony Blinken"],"topics":[],"#
            + #""evidence":"They will speak again in August."}"# + "\n")
        let heldInPerson = try meetings("--mode", "in_person", "--status", "held", "--format", "json")
        #expect(try jsonArray(heldInPerson.stdout).compactMap { $0["id"] as? Int } == [1])
        let none = try meetings("--mode", "call", "--status", "cancelled", "--format", "json")
        #expect(none.stdout == "[]\n")
    }

    @Test("A bad --mode, --status or --limit is a usage error naming the values allowed", arguments: [
        ["--mode", "phone"], ["--status", "done"], ["--limit", "-1"], ["--limit", "many"],
    ])
    func badValues(arguments: [String]) throws {
        let run = try workspace.attache(["meetings", "--db", "kb.sqlite"] + arguments)
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("Error: "), "\(run)")
        if arguments[0] == "--mode" { #expect(run.stderr.contains("in_person"), "\(run)") }
    }

    @Test("--limit keeps the oldest N meetings")
    func limit() throws {
        let run = try meetings("--limit", "2", "--format", "jsonl")
        #expect(run.stdoutLines.count == 2)
        #expect(run.stdoutLines.first?.hasPrefix(#"{"id":1,"date":"2022-06-08""#) == true)
        #expect(run.stdoutLines.last?.hasPrefix(#"{"id":3,"date":"2022-07-01""#) == true)
        #expect(try meetings("--limit", "0", "--format", "jsonl").stdout == "")
    }

    @Test("--evidence adds every report of the meeting: objects in json, sentences in csv and the table")
    func evidence() throws {
        let json = try meetings("--evidence", "--limit", "1", "--format", "json")
        #expect(json.stdout == """
            [{"id":1,"date":"2022-06-08","date_precision":"day","location":"Rome","mode":"in_person","status":"held",\
            "participants":["Mevlüt Çavuşoğlu","Antony Blinken","Sam Aide"],"topics":["NATO enlargement"],\
            "evidence":"Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides.",\
            "sources":[{"article_id":1,"source":"rome.txt","published_on":"2022-06-10","title":"Çavuşoğlu and Blinken meet in Rome",\
            "evidence":"Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides.","start":0,"end":56},\
            {"article_id":2,"source":"call.txt","published_on":"2022-07-02","title":null,\
            "evidence":"They had met in Rome last month.","start":48,"end":80}]}]

            """)
        let lines = try meetings("--evidence", "--format", "jsonl")
        #expect(lines.stdoutLines.count == 3)
        #expect(lines.stdoutLines.allSatisfy { $0.contains(#""sources":[{"article_id":"#) })
        let csv = try meetings("--evidence", "--mode", "in_person", "--format", "csv")
        #expect(csv.stdout == "id,date,date_precision,location,mode,status,participants,topics,evidence,sources\r\n"
            + "1,2022-06-08,day,Rome,in_person,held,Mevlüt Çavuşoğlu; Antony Blinken; Sam Aide,NATO enlargement,"
            + "\"Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides.\","
            + "\"Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides. | They had met in Rome last month.\"\r\n")
        let table = try meetings("--evidence", "--mode", "in_person")
        #expect(table.stdout == """
            id  date        location  mode       status  participants                                topics            evidence
            --  ----------  --------  ---------  ------  ------------------------------------------  ----------------  -------------------------------------------------------------------------------------------
             1  2022-06-08  Rome      in_person  held    Mevlüt Çavuşoğlu; Antony Blinken; Sam Aide  NATO enlargement  Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides. | They had met in Rome last month.

            """)
    }

    @Test("A table wider than $COLUMNS is fitted to it: the wide columns share the room, wrapped at spaces")
    func fittedToWidth() throws {
        let run = try workspace.attache(["meetings", "--db", "kb.sqlite", "--evidence", "--mode", "in_person"],
                                        environment: ["COLUMNS": "100"])
        #expect(run.stdout == """
            id  date        location  mode       status  participants      topics            evidence
            --  ----------  --------  ---------  ------  ----------------  ----------------  -------------------
             1  2022-06-08  Rome      in_person  held    Mevlüt            NATO enlargement  Mevlüt Çavuşoğlu
                                                         Çavuşoğlu;                          met Antony Blinken
                                                         Antony Blinken;                     in Rome, with
                                                         Sam Aide                            aides. | They had
                                                                                             met in Rome last
                                                                                             month.

            """)
        #expect(run.stdoutLines.allSatisfy { $0.count <= 100 })
        // Only the table is fitted: the other formats keep every character on one line.
        let csv = try workspace.attache(["meetings", "--db", "kb.sqlite", "--evidence", "--format", "csv"],
                                        environment: ["COLUMNS": "40"])
        #expect(csv.stdout.components(separatedBy: "\r\n").count == 5)
    }
}
