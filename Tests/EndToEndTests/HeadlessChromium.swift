import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real headless Chromium driven over the DevTools protocol through a pipe
/// (`--remote-debugging-pipe`: commands in on fd 3, replies and events out on fd 4, each a JSON
/// message ended by a NUL byte). It loads a page, and reports what the page logged as errors,
/// which requests it made, what an expression evaluates to in it, and a screenshot.
///
/// <https://chromedevtools.github.io/devtools-protocol/>
final class HeadlessChromium {
    /// What one page load showed.
    struct Visit {
        /// Console messages of level error, uncaught exceptions, and browser log entries of level error.
        var errors: [String] = []
        /// Every URL the page requested, the page itself aside.
        var requests: [String] = []
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The browser: $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on PATH; nil when none.
    static let binary: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: given) { return given }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }()

    private let pid: pid_t
    private let commands: Int32
    private let replies: Int32
    private let profile: URL
    private var buffer: [UInt8] = []
    private var pending: [[String: Any]] = []
    private var nextID = 0
    private var session: String?
    private let deadline: ContinuousClock.Instant

    /// Starts the browser with a fresh profile and opens one blank tab, `width` CSS pixels wide.
    init(binary: String, width: Int = 1200, timeout: Duration = .seconds(20)) throws {
        deadline = .now + timeout
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("attache-chromium-\(UUID().uuidString)")
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw Failure(description: "pipe: \(String(cString: strerror(errno)))") }
        // Out of the way of 3 and 4, and closed in the browser once it has them as 3 and 4.
        let ends = [toChild[0], toChild[1], fromChild[0], fromChild[1]].map { fd -> Int32 in
            let high = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            close(fd)
            return high
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[0], 3)
        posix_spawn_file_actions_adddup2(&actions, ends[3], 4)
        let arguments = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                         "--disable-extensions", "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
                         "--mute-audio", "--remote-debugging-pipe", "--user-data-dir=\(profile.path)", "about:blank"]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        close(ends[0])
        close(ends[3])
        guard spawned == 0 else {
            close(ends[1])
            close(ends[2])
            throw Failure(description: "cannot start \(binary): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        commands = ends[1]
        replies = ends[2]
        let target = try call("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        session = try call("Target.attachToTarget", ["targetId": target, "flatten": true], browser: true)["sessionId"] as? String
        for domain in ["Runtime", "Log", "Network", "Page"] { _ = try call("\(domain).enable") }
        _ = try call("Emulation.setDeviceMetricsOverride", ["width": width, "height": 900, "deviceScaleFactor": 1, "mobile": false])
    }

    deinit {
        if let message = try? JSONSerialization.data(withJSONObject: ["id": 0, "method": "Browser.close"]) {
            _ = message.withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            _ = write(commands, [0], 1)
        }
        close(commands)
        close(replies)
        // Gone within a few seconds once asked, else ended.
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(100_000)
        }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: profile)
    }

    /// Loads `url` and waits for its load event; what it logged and requested meanwhile.
    func visit(_ url: URL) throws -> Visit {
        pending.removeAll()
        _ = try call("Page.navigate", ["url": url.absoluteString])
        _ = try wait { $0["method"] as? String == "Page.loadEventFired" }
        // One round trip more, so that what the page did while loading has arrived.
        _ = try evaluate("1")
        var visit = Visit()
        for event in pending {
            let params = event["params"] as? [String: Any] ?? [:]
            switch event["method"] as? String {
            case "Runtime.consoleAPICalled" where params["type"] as? String == "error":
                let arguments = params["args"] as? [[String: Any]] ?? []
                visit.errors.append("console.error: " + arguments.map { "\($0["value"] ?? $0["description"] ?? "")" }.joined(separator: " "))
            case "Runtime.exceptionThrown":
                let details = params["exceptionDetails"] as? [String: Any] ?? [:]
                visit.errors.append("exception: \((details["exception"] as? [String: Any])?["description"] ?? details["text"] ?? "")")
            case "Log.entryAdded":
                let entry = params["entry"] as? [String: Any] ?? [:]
                if entry["level"] as? String == "error" { visit.errors.append("log: \(entry["text"] ?? "")") }
            case "Network.requestWillBeSent":
                let requested = (params["request"] as? [String: Any])?["url"] as? String ?? ""
                if requested != url.absoluteString { visit.requests.append(requested) }
            default: break
            }
        }
        return visit
    }

    /// The value of a JavaScript expression in the page (JSON values: numbers, strings, arrays, objects).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "\(expression): \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// A PNG of the whole page, as tall as its content.
    func screenshot() throws -> Data {
        let metrics = try call("Page.getLayoutMetrics")
        let size = metrics["cssContentSize"] as? [String: Any] ?? [:]
        let width = (size["width"] as? Double) ?? 1200
        let height = (size["height"] as? Double) ?? 900
        let shot = try call("Page.captureScreenshot", [
            "format": "png", "captureBeyondViewport": true,
            "clip": ["x": 0, "y": 0, "width": width, "height": height, "scale": 1],
        ])
        guard let base64 = shot["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw Failure(description: "no screenshot in the reply")
        }
        return data
    }

    // MARK: - Protocol

    /// Sends `method` (to the tab unless `browser`) and returns its result, keeping events aside.
    private func call(_ method: String, _ params: [String: Any] = [:], browser: Bool = false) throws -> [String: Any] {
        nextID += 1
        let id = nextID
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if !browser, let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "\(method): the browser closed its pipe") }
            written += count
        }
        let reply = try wait { $0["id"] as? Int == id }
        if let error = reply["error"] { throw Failure(description: "\(method): \(error)") }
        return reply["result"] as? [String: Any] ?? [:]
    }

    /// Reads messages until one satisfies `wanted`, keeping the others in `pending`.
    private func wait(for wanted: ([String: Any]) -> Bool) throws -> [String: Any] {
        while true {
            while let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let message = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                if wanted(message) { return message }
                pending.append(message)
            }
            let left = deadline - .now
            guard left > .zero else { throw Failure(description: "the browser did not answer in time") }
            var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(clamping: left.components.seconds * 1000 + 1)
            guard poll(&poller, 1, min(milliseconds, 1000)) >= 0 else { throw Failure(description: "poll: \(String(cString: strerror(errno)))") }
            guard poller.revents != 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(replies, &chunk, chunk.count)
            guard count > 0 else { throw Failure(description: "the browser closed its pipe") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}
