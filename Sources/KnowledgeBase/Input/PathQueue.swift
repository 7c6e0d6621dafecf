/// The inputs a command line names, one at a time: a file as itself, a directory as the files
/// `expand` finds in it (listed only when its turn comes), and `-` as standard input.
struct PathQueue {
    /// What to read next.
    enum Input {
        case standardInput
        case file(String)
        /// A path that cannot be read or listed, and why.
        case failure(path: String, reason: String)
    }

    private let paths: [String]
    private let expand: (String) throws(FileError) -> [String]
    private var nextPath = 0
    private var queue: [String] = []
    private var queued = 0

    init(paths: [String], expand: @escaping (String) throws(FileError) -> [String]) {
        self.paths = paths
        self.expand = expand
    }

    mutating func next() -> Input? {
        while true {
            if queued < queue.count {
                queued += 1
                return .file(queue[queued - 1])
            }
            guard nextPath < paths.count else { return nil }
            let path = paths[nextPath]
            nextPath += 1
            if path == "-" { return .standardInput }
            do {
                queue = try expand(path)
                queued = 0
            } catch {
                return .failure(path: path, reason: error.reason)
            }
        }
    }
}
