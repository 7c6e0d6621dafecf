import Foundation
import Testing

/// `attache show meeting|article|aid ID`, in every format, on the sample knowledge base.
@Suite("attache show", .tags(.large))
final class ShowCommandTests {
    let workspace = Workspace()

    init() throws {
        try SampleKnowledgeBase.write(to: workspace.path("kb.sqlite"))
    }

    @Test("show meeting: the fields one per line, then the participants and every source")
    func meeting() throws {
        let run = try workspace.attache("show", "meeting", "1", "--db", "kb.sqlite")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == """
            field             value
            ----------------  ----------------
            id                1
            date              2022-06-08
            date_precision    day
            location          Rome
            location_country  IT
            mode              in_person
            status            held
            topics            NATO enlargement

            id  name              role       title               country
            --  ----------------  ---------  ------------------  -------
             1  Mevlüt Çavuşoğlu  principal  Foreign Minister    TR
             2  Antony Blinken    principal  Secretary of State  US
             3  Sam Aide          attendee

            article_id  source    published_on  evidence
            ----------  --------  ------------  --------------------------------------------------------
                     1  rome.txt  2022-06-10    Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides.
                     2  call.txt  2022-07-02    They had met in Rome last month.

            """)
        let json = try workspace.attache("show", "meeting", "3", "--db", "kb.sqlite", "--format", "json")
        #expect(json.stdout == """
            [{"id":3,"date":"2022-07-01","date_precision":"day","location":null,"location_country":null,"mode":"video",\
            "status":"held","participants":[{"id":2,"name":"Antony Blinken","role":"principal","title":null,"country":"US"},\
            {"id":1,"name":"Mevlüt Çavuşoğlu","role":"principal","title":null,"country":"TR"}],"topics":["military aid"],\
            "sources":[{"article_id":2,"source":"call.txt","published_on":"2022-07-02","title":null,\
            "evidence":"Blinken and Çavuşoğlu spoke by video on Friday.","start":0,"end":47}]}]

            """)
    }

    @Test("show aid: every field, the amount as written, every source; lists of objects stay JSON in csv")
    func aid() throws {
        let jsonl = try workspace.attache("show", "aid", "2", "--db", "kb.sqlite", "--format", "jsonl")
        #expect(jsonl.stdout == #"{"id":2,"date":"2022-06-09","date_precision":"day","donor":"TR","recipient":"UA","#
            + #""amount":9000000000,"currency":"USD","amount_text":"$9 billion","kind":"humanitarian","cumulative":true,"#
            + #""sources":[{"article_id":1,"source":"rome.txt","published_on":"2022-06-10","title":"Çavuşoğlu and Blinken meet in Rome","#
            + #""evidence":"Turkey's aid now totals $9 billion.","start":131,"end":166}]}"# + "\n")
        let csv = try workspace.attache("show", "aid", "3", "--db", "kb.sqlite", "--format", "csv")
        #expect(csv.stdout == "id,date,date_precision,donor,recipient,amount,currency,amount_text,kind,cumulative,sources\r\n"
            + "3,2022-06-01,month,EU,UA,500000000,EUR,€500 million,military,false,\"[{\"\"article_id\"\":1,\"\"source\"\":\"\"rome.txt\"\","
            + "\"\"published_on\"\":\"\"2022-06-10\"\",\"\"title\"\":\"\"Çavuşoğlu and Blinken meet in Rome\"\",\"\"evidence\"\":"
            + "\"\"The EU will send €500 million in military aid this month.\"\",\"\"start\"\":167,\"\"end\"\":224}]\"\r\n")
        let table = try workspace.attache("show", "aid", "4", "--db", "kb.sqlite")
        #expect(table.stdout.hasPrefix("""
            field           value
            --------------  ----------
            id              4
            date            2022-07-01
            """))
        #expect(table.stdout.hasSuffix("""
            article_id  source    published_on  evidence
            ----------  --------  ------------  --------------------------------
                     2  call.txt  2022-07-02    Washington committed $2 billion.

            """))
    }

    @Test("show article: the header, the facts it reports with their sentences, and the body")
    func article() throws {
        let run = try workspace.attache("show", "article", "2", "--db", "kb.sqlite")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("source        call.txt\n"))
        #expect(run.stdout.contains("""
            meeting  date        evidence
            -------  ----------  -----------------------------------------------
                  3  2022-07-01  Blinken and Çavuşoğlu spoke by video on Friday.
                  1  2022-06-08  They had met in Rome last month.

            aid  date        evidence
            ---  ----------  --------------------------------
              4  2022-07-01  Washington committed $2 billion.

            \(SampleKnowledgeBase.call)

            """))
        let json = try #require(try jsonArray(try workspace.attache("show", "article", "1", "--db", "kb.sqlite",
                                                                    "--format", "json").stdout).first)
        #expect(Array(json.keys).sorted() == ["aid", "body", "content_hash", "id", "ingested_at", "meetings", "origin",
                                               "published_on", "source", "title", "topics"])
        #expect(json["body"] as? String == SampleKnowledgeBase.rome)
        #expect((json["aid"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [1, 2, 3])
        #expect(json["topics"] as? [String] == ["humanitarian aid", "NATO enlargement"])
        #expect((json["content_hash"] as? String)?.count == 64)
        let csv = try workspace.attache("show", "article", "2", "--db", "kb.sqlite", "--format", "csv")
        #expect(csv.stdout.hasPrefix("id,source,origin,title,published_on,content_hash,ingested_at,topics,meetings,aid,body\r\n2,call.txt,,,2022-07-02,"))
    }

    @Test("show: an id that is not there is one line and exit 1; a bad id or kind is a usage error")
    func missing() throws {
        for (kind, noun) in [("meeting", "meeting"), ("article", "article"), ("aid", "aid commitment")] {
            let run = try workspace.attache("show", kind, "99", "--db", "kb.sqlite")
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr == "attache: \(noun) 99: no such \(noun) in the knowledge base\n")
            #expect(run.stdout == "")
        }
        #expect(try workspace.attache("show", "meeting", "one", "--db", "kb.sqlite").status == 2)
        #expect(try workspace.attache("show", "person", "1", "--db", "kb.sqlite").status == 2)
    }
}
