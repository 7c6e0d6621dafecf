import Extraction
import Foundation
import SQLite
import Testing

extension Tag {
    /// Thousands of generated inputs, or several threads: about a second.
    @Tag static var reliability: Self
}

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init(_ name: String = #function) {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("attache-rel-\(safe)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// SplitMix64: a small deterministic generator, so that every run of a fuzz test sees the same
/// inputs and a failure names the seed that reproduces it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Short articles written for these tests, in the shape of real readouts: a meeting, a call, a
/// pledge. `article(n)` varies names, places, days and amounts with `n`.
enum Corpus {
    private static let people = [
        ("Norwegian", "Norway", "Oslo", "Ingrid Solberg"), ("Polish", "Poland", "Warsaw", "Tomasz Nowicki"),
        ("Japanese", "Japan", "Tokyo", "Haruto Sakamoto"), ("Kenyan", "Kenya", "Nairobi", "Wanjiru Kamau"),
        ("Brazilian", "Brazil", "Brasília", "Rafael Moreira"), ("Canadian", "Canada", "Ottawa", "Claire Fontaine"),
        ("Turkish", "Turkey", "Ankara", "Emre Yıldırım"), ("Indonesian", "Indonesia", "Jakarta", "Dewi Hartono"),
    ]
    private static let offices = ["Foreign Minister", "Defence Minister", "Prime Minister", "President"]
    private static let topics = ["energy security", "trade", "maritime security", "climate finance", "food security"]
    private static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

    /// The `n`th generated article's text, header included.
    static func article(_ n: Int) -> String {
        let a = people[n % people.count]
        // The counterpart is always another person: every (n / 8 + 1) % 8 == 0 would otherwise meet themselves.
        let offset = n / people.count % (people.count - 1) + 1
        let b = people[(n + offset) % people.count]
        let office = offices[n % offices.count]
        let day = String(format: "2023-%02d-%02d", 1 + n % 12, 1 + n % 28)
        let amount = 10 + (n * 37) % 490
        let body: String
        switch n % 3 {
        case 0:
            body = """
                \(a.0) \(office) \(a.3) met \(b.0) \(office) \(b.3) in \(a.2) on \(days[n % 5]) to discuss \
                \(topics[n % 5]). \(a.3.split(separator: " ").last ?? "") said the two governments would deepen their \
                cooperation. \(a.1) also pledged $\(amount) million in humanitarian aid to \(b.1), officials said.
                """
        case 1:
            body = """
                \(a.0) \(office) \(a.3) spoke by phone with \(b.0) \(office) \(b.3) on \(days[n % 5]) about \
                \(topics[n % 5]). The two agreed to meet in \(b.2) next month. Report number \(n).
                """
        default:
            body = """
                \(a.1) announced \(amount) million euros in development assistance for \(b.1) on \(days[n % 5]), \
                after \(a.0) \(office) \(a.3) held talks with \(b.3), the \(b.0) \(office), in \(a.2). \
                The talks covered \(topics[n % 5]).
                """
        }
        return "date \(day)\ntitle Report \(n)\n\n\(body)\n"
    }

    /// The seed fixture of the repository, as bytes.
    static let seedFixture: [UInt8] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/seed-gantz-austin-pentagon.txt")
        return (try? Array(Data(contentsOf: url))) ?? []
    }()
}

/// Checks what must hold of any knowledge base, whatever was ingested into it: every evidence
/// row points at an article and at the span of its body that holds its text, every meeting and
/// commitment has a source, and SQLite finds the file and its foreign keys sound.
enum Invariants {
    /// Descriptions of what is broken; empty when all holds.
    static func violations(in database: Database, integrity: Bool = true) throws -> [String] {
        var broken: [String] = []
        for table in ["meeting_sources", "aid_sources"] {
            let bad = try database.scalarInt("""
                SELECT count(*) FROM \(table) AS s LEFT JOIN articles AS a ON a.id = s.article_id
                WHERE a.id IS NULL OR s.start < 0 OR s.end < s.start OR s.end > length(a.body)
                   OR substr(a.body, s.start + 1, s.end - s.start) IS NOT s.evidence
                """) ?? 0
            if bad > 0 { broken.append("\(bad) rows of \(table) do not point at their text in an article") }
        }
        let unsourcedMeetings = try database.scalarInt(
            "SELECT count(*) FROM meetings WHERE id NOT IN (SELECT meeting_id FROM meeting_sources)") ?? 0
        if unsourcedMeetings > 0 { broken.append("\(unsourcedMeetings) meetings without a source") }
        let unsourcedAid = try database.scalarInt(
            "SELECT count(*) FROM aid_commitments WHERE id NOT IN (SELECT aid_id FROM aid_sources)") ?? 0
        if unsourcedAid > 0 { broken.append("\(unsourcedAid) aid commitments without a source") }
        let foreignKeys = try database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") ?? 0
        if foreignKeys > 0 { broken.append("\(foreignKeys) foreign key violations") }
        if integrity, let check = try database.scalarText("PRAGMA integrity_check"), check != "ok" {
            broken.append("integrity_check: \(check)")
        }
        return broken
    }

    /// Descriptions of facts whose evidence is not the text of `article`'s body at its offsets.
    static func violations(in facts: Facts, of article: Article) -> [String] {
        let scalars = Array(article.body.unicodeScalars)
        var evidence = facts.people.map(\.evidence) + facts.aid.map(\.evidence)
        for meeting in facts.meetings {
            if meeting.evidence.isEmpty { return ["a meeting without evidence"] }
            evidence += meeting.evidence
        }
        var broken: [String] = []
        for span in evidence {
            guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else {
                broken.append("evidence \(span.start)..<\(span.end) outside a body of \(scalars.count)")
                continue
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            if String(view) != span.text { broken.append("evidence text differs from the body at \(span.start)..<\(span.end)") }
        }
        return broken
    }
}
