import Foundation
import SQLite
import Testing

/// The folder of PostgreSQL's programs (initdb, pg_ctl, psql): Debian's package puts them in
/// /usr/lib/postgresql/VERSION/bin; the newest there, else the folder of `initdb` on PATH.
private let postgresBin: URL? = {
    let root = "/usr/lib/postgresql"
    let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
    for version in versions where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
        return URL(fileURLWithPath: "\(root)/\(version)/bin")
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/initdb") {
        return URL(fileURLWithPath: String(folder))
    }
    return nil
}()

/// A PostgreSQL server of its own: a data directory in `folder`, listening on a free loopback
/// port, run as `nobody` when the tests run as root (PostgreSQL refuses to run as root).
private final class PostgresServer {
    let bin: URL
    let folder: String
    let port: Int
    private let workspace: Workspace
    private let server = Process()
    private var running = false

    init(bin: URL, in workspace: Workspace) throws {
        self.bin = bin
        self.workspace = workspace
        folder = workspace.path("postgres")
        port = try Self.freePort()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if Unprivileged.isRoot {
            #expect(chown(folder, 65534, 65534) == 0)
            #expect(chmod(workspace.url.path, 0o755) == 0)
        }
        let initdb = try run("initdb", ["-D", folder + "/data", "-U", "attache", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        try #require(initdb.status == 0, "\(initdb)")
        // The server runs as this test's own child, in the foreground, so that stopping it is
        // waiting for a process we started (pg_ctl would leave a daemon behind if the test died).
        server.executableURL = Unprivileged.isRoot ? URL(fileURLWithPath: try #require(Unprivileged.setpriv)) : bin.appendingPathComponent("postgres")
        server.arguments = (Unprivileged.isRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", bin.appendingPathComponent("postgres").path] : [])
            + ["-D", folder + "/data", "-c", "listen_addresses=127.0.0.1", "-p", "\(port)", "-c", "unix_socket_directories="]
        _ = FileManager.default.createFile(atPath: workspace.path("postgres.log"), contents: nil)
        let log = try FileHandle(forWritingTo: workspace.url.appendingPathComponent("postgres.log"))
        server.standardOutput = log
        server.standardError = log
        server.standardInput = FileHandle.nullDevice
        try server.run()
        running = true
        let deadline = Date().addingTimeInterval(60)
        while try run("pg_isready", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "attache", "-d", "postgres"]).status != 0 {
            try #require(server.isRunning && Date() < deadline,
                         "the server did not start: \((try? String(contentsOfFile: workspace.path("postgres.log"), encoding: .utf8)) ?? "")")
            usleep(100_000)
        }
    }

    /// Stops the server with a fast shutdown (SIGINT: open sessions end) and waits for it to
    /// exit; called on success and failure alike.
    func stop() {
        guard running else { return }
        running = false
        server.interrupt()
        server.waitUntilExit()
        #expect(server.terminationReason == .exit && server.terminationStatus == 0, "postgres did not stop cleanly")
    }

    deinit { stop() }

    /// Runs one of PostgreSQL's programs in the workspace, as `nobody` when root.
    func run(_ program: String, _ arguments: [String]) throws -> Run {
        let executable = bin.appendingPathComponent(program)
        guard Unprivileged.isRoot, let setpriv = Unprivileged.setpriv else { return try workspace.run(executable, arguments) }
        return try workspace.run(URL(fileURLWithPath: setpriv), ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments)
    }

    /// The rows `sql` returns, each its fields joined by U+001F (NULL as an empty field).
    func query(_ sql: String) throws -> [String] {
        let psql = try run("psql", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "attache", "-d", "postgres", "-X", "-A", "-t",
                                    "-F", "\u{1F}", "-v", "ON_ERROR_STOP=1", "-c", sql])
        try #require(psql.status == 0, "\(psql)")
        return psql.stdoutLines
    }

    /// A port nothing listens on now: the kernel's choice for a socket bound to port 0.
    private static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// `attache export --postgres DIR`, loaded into a real PostgreSQL server.
@Suite("attache export --postgres", .tags(.large))
final class PostgresExportTests {
    let workspace = Workspace()

    /// The rows `sql` returns from the SQLite file, as `PostgresServer.query` gives them.
    private func sqliteRows(_ sql: String) throws -> [String] {
        let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
        let statement = try database.prepare(sql)
        return try statement.rows { row in
            (0..<statement.columnCount).map { (index: Int32) -> String in
                switch row.value(at: index) {
                case .null: return ""
                case .integer(let number): return String(number)
                case .real(let number): return "\(number)"
                case .text(let text): return text
                case .blob(let bytes): return "\(bytes)"
                }
            }.joined(separator: "\u{1F}")
        }
    }

    @Test("The fixtures load with psql -f load.sql, and meetings by person, aid by date and aid by month give the same rows",
          .enabled(if: postgresBin != nil, "PostgreSQL is not installed: apt-get install postgresql (initdb, pg_ctl, psql)"))
    func loadAndCompare() throws {
        let bin = try #require(postgresBin)
        let ingest = try workspace.attache("ingest", "--db", "kb.sqlite", Workspace.repository.appendingPathComponent("fixtures").path)
        #expect(ingest.status == 0, "\(ingest)")
        let export = try workspace.attache("export", "--db", "kb.sqlite", "--postgres", "pg")
        #expect(export.status == 0 && export.stdout == "" && export.stderr == "", "\(export)")

        let server = try PostgresServer(bin: bin, in: workspace)
        defer { server.stop() }
        let load = try server.run("psql", ["-h", "127.0.0.1", "-p", "\(server.port)", "-U", "attache", "-d", "postgres", "-X", "-q",
                                           "-f", workspace.path("pg/load.sql")])
        #expect(load.status == 0 && !load.stderr.contains("ERROR"), "\(load)")

        // Every table holds as many rows as in SQLite; the views have the same columns.
        let tables = try sqliteRows("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
            + "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'articles_fts%' AND name <> 'fts_deferred' ORDER BY name")
        #expect(tables.count >= 14)
        for table in tables {
            #expect(try server.query("SELECT count(*) FROM \"\(table)\"") == sqliteRows("SELECT count(*) FROM \"\(table)\""), "\(table)")
        }
        for view in ["meeting_list", "aid_list"] {
            #expect(try server.query("SELECT column_name FROM information_schema.columns WHERE table_name = '\(view)' ORDER BY ordinal_position")
                == sqliteRows("SELECT name FROM pragma_table_info('\(view)') ORDER BY cid"))
        }
        // The types the issue asks for.
        #expect(try server.query("""
            SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
            WHERE (table_name, column_name) IN (('meetings', 'date'), ('aid_commitments', 'amount'), ('aid_commitments', 'cumulative'),
                                                ('articles', 'published_on'))
            ORDER BY 1
            """) == ["aid_commitments.amount numeric", "aid_commitments.cumulative boolean", "articles.published_on date", "meetings.date date"])

        // Meetings by person, for every person: the same meetings, participants, topics and evidence.
        let meetingsByPerson = """
            SELECT p.id, p.name, ml.id, ml.date, ml.date_precision, ml.location, ml.location_country, ml.mode, ml.status,
                   ml.participants, ml.topics, ml.evidence, ml.sources
            FROM people AS p JOIN meeting_participants AS mp ON mp.person_id = p.id JOIN meeting_list AS ml ON ml.id = mp.meeting_id
            ORDER BY p.id, ml.date DESC, ml.id
            """
        let meetings = try sqliteRows(meetingsByPerson)
        #expect(meetings.count > 10)
        let postgresMeetings = try server.query(meetingsByPerson)
        #expect(postgresMeetings == meetings, "\(zip(postgresMeetings, meetings).first { $0 != $1 }.map { "\($0)\n\($1)" } ?? "counts \(postgresMeetings.count) \(meetings.count)")")
        // Aid by date: a range of days, amounts exact.
        let aidByDate = """
            SELECT id, date, date_precision, donor, recipient, amount, currency, kind,
                   CASE WHEN cumulative THEN 'running total' ELSE 'new' END, amount_text, evidence, sources
            FROM aid_list WHERE date BETWEEN '2022-05-01' AND '2022-12-31' ORDER BY date, id
            """
        let aid = try sqliteRows(aidByDate)
        #expect(aid.count >= 3)
        #expect(try server.query(aidByDate) == aid)
        // Aid grouped by month and currency: new commitments summed, running totals apart.
        func aidByMonth(_ month: String) -> String {
            """
            SELECT \(month), currency, sum(CASE WHEN cumulative THEN 0 ELSE amount END), sum(CASE WHEN cumulative THEN 0 ELSE 1 END),
                   sum(CASE WHEN cumulative THEN 1 ELSE 0 END), max(CASE WHEN cumulative THEN amount END)
            FROM aid_commitments GROUP BY 1, 2 ORDER BY 1, 2
            """
        }
        let months = try sqliteRows(aidByMonth("strftime('%Y-%m', date)"))
        #expect(months.count >= 2)
        #expect(try server.query(aidByMonth("to_char(date, 'YYYY-MM')")) == months)
    }
}
