import Extraction
import Foundation

/// The articles named on a command line, read one at a time.
///
/// Each path is a file, a directory (walked recursively for `*.txt` and `*.jsonl`, in sorted
/// order, hidden entries skipped) or `-` for standard input (one article, or JSON Lines when
/// `standardInputIsJSONLines`). A `.jsonl` file holds
/// one article per line, read line by line. Nothing is read before it is needed and no more
/// than one article (or one JSON line) is held at a time, so a corpus of any size streams.
///
/// Every input yields an item: an article, or a failure naming the input ("batch.jsonl:12") and
/// the reason in one line. A file over the reader's `maxBytes` is refused before it is read.
public struct ArticleFiles: Sequence {
    /// One input's outcome.
    public enum Item: Sendable {
        /// An article read from `input`: a path, `path:LINE` for a JSON line, or `<stdin>`.
        case article(Article, input: String)
        /// `input` could not become an article, for `reason` (one line).
        case failure(input: String, reason: String)
    }

    /// The paths as given.
    public let paths: [String]
    /// Reads each input's bytes: size limit, UTF-8, header and fallback date.
    public let reader: ArticleReader
    /// The file descriptor `-` reads from.
    public let standardInput: Int32
    /// Whether `-` is JSON Lines, one article per line (`extract --jsonl`), rather than one article.
    public let standardInputIsJSONLines: Bool

    public init(paths: [String], reader: ArticleReader = ArticleReader(), standardInput: Int32 = STDIN_FILENO,
                standardInputIsJSONLines: Bool = false) {
        self.paths = paths
        self.reader = reader
        self.standardInput = standardInput
        self.standardInputIsJSONLines = standardInputIsJSONLines
    }

    public func makeIterator() -> Iterator { Iterator(files: self) }

    /// How many items iterating will yield, counted without reading any article: one per file,
    /// per non-blank JSON line, per `-` and per path that fails. Reads each `.jsonl` file once
    /// to count its lines, so it is for progress reports, not for every run.
    public func inputCount() -> Int {
        var total = 0
        for path in paths {
            guard path != "-", let files = try? Iterator.expand(path) else {
                total += 1
                continue
            }
            for file in files { total += file.hasSuffix(".jsonl") ? JSONLines.count(path: file) : 1 }
        }
        return total
    }

    /// Walks the inputs lazily; a JSON Lines file stays open while its lines are read.
    public final class Iterator: IteratorProtocol {
        private let files: ArticleFiles
        private var inputs: PathQueue
        private var lines: JSONLines?

        init(files: ArticleFiles) {
            self.files = files
            inputs = PathQueue(paths: files.paths, expand: Self.expand)
        }

        public func next() -> Item? {
            while true {
                if let lines {
                    if let item = lines.next() { return item }
                    self.lines = nil
                }
                switch inputs.next() {
                case nil:
                    return nil
                case .failure(let path, let reason):
                    return .failure(input: path, reason: reason)
                case .standardInput:
                    guard files.standardInputIsJSONLines else { return readStandardInput() }
                    lines = JSONLines(standardInput: files.standardInput, reader: files.reader)
                case .file(let path):
                    guard path.hasSuffix(".jsonl") else { return read(path) }
                    do {
                        lines = try JSONLines(path: path, reader: files.reader)
                    } catch {
                        return .failure(input: path, reason: error.reason)
                    }
                }
            }
        }

        private func read(_ path: String) -> Item {
            do {
                let descriptor = try FileError.openForReading(path)
                defer { close(descriptor) }
                var status = stat()
                _ = try FileError.check(fstat(descriptor, &status))
                if Int(status.st_size) > files.reader.maxBytes {
                    return .failure(input: path, reason: ArticleError.tooLarge(bytes: Int(status.st_size),
                                                                               limit: files.reader.maxBytes).description)
                }
                let bytes = try FileError.readAll(descriptor, limit: files.reader.maxBytes + 1)
                return .article(try files.reader.article(bytes: bytes, source: path), input: path)
            } catch let error as ArticleError {
                return .failure(input: path, reason: error.description)
            } catch {
                return .failure(input: path, reason: (error as? FileError)?.reason ?? "\(error)")
            }
        }

        private func readStandardInput() -> Item {
            let input = "<stdin>"
            do {
                let bytes = try FileError.readAll(files.standardInput, limit: files.reader.maxBytes + 1)
                return .article(try files.reader.article(bytes: bytes, source: input), input: input)
            } catch let error as ArticleError {
                return .failure(input: input, reason: error.description)
            } catch {
                return .failure(input: input, reason: (error as? FileError)?.reason ?? "\(error)")
            }
        }

        /// A file as itself; a directory as its `*.txt` and `*.jsonl` files, recursively, sorted.
        static func expand(_ path: String) throws(FileError) -> [String] {
            var status = stat()
            _ = try FileError.check(stat(path, &status))
            guard status.st_mode & S_IFMT == S_IFDIR else { return [path] }
            var found: [String] = []
            try walk(path, into: &found)
            guard !found.isEmpty else { throw FileError(reason: "no .txt or .jsonl files in this directory") }
            return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }

        private static func walk(_ directory: String, into found: inout [String]) throws(FileError) {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                throw FileError(reason: "cannot list directory \(directory)")
            }
            let base = directory.hasSuffix("/") ? directory : directory + "/"
            for name in names where !name.hasPrefix(".") {
                let path = base + name
                var status = stat()
                // lstat: a symbolic link to a directory is not followed, so a walk always ends.
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    try walk(path, into: &found)
                case S_IFREG, S_IFLNK:
                    if name.hasSuffix(".txt") || name.hasSuffix(".jsonl") { found.append(path) }
                default:
                    continue
                }
            }
        }
    }
}

// MARK: - JSON Lines

/// The records of one `.jsonl` file (or of standard input), read a line at a time.
private final class JSONLines {
    private let name: String
    private let reader: ArticleReader
    private let lines: LineReader
    private var lineNumber = 0

    init(path: String, reader: ArticleReader) throws(FileError) {
        name = path
        self.reader = reader
        lines = LineReader(descriptor: try FileError.openForReading(path), maxBytes: reader.maxBytes)
    }

    /// Standard input as JSON Lines, its records named `<stdin>:LINE`; left open at the end.
    init(standardInput descriptor: Int32, reader: ArticleReader) {
        name = "<stdin>"
        self.reader = reader
        lines = LineReader(descriptor: descriptor, maxBytes: reader.maxBytes, closesDescriptor: false)
    }

    /// The next non-blank line's article or failure; nil at the end of the file.
    func next() -> ArticleFiles.Item? {
        while true {
            let line: [UInt8]
            let tooLong: Int?
            do {
                guard let (bytes, length) = try lines.next() else { return nil }
                line = bytes
                tooLong = length > reader.maxBytes ? length : nil
            } catch {
                lines.finish()
                return .failure(input: "\(name):\(lineNumber + 1)", reason: error.reason)
            }
            lineNumber += 1
            let input = "\(name):\(lineNumber)"
            if let tooLong {
                return .failure(input: input, reason: ArticleError.tooLarge(bytes: tooLong, limit: reader.maxBytes).description)
            }
            if LineReader.isBlank(line) { continue }
            guard let text = String(validating: line, as: UTF8.self) else {
                return .failure(input: input, reason: ArticleError.invalidUTF8(offset: LineReader.firstInvalidByte(line)).description)
            }
            do {
                return .article(try reader.article(jsonLine: text, fallbackSource: input), input: input)
            } catch {
                return .failure(input: input, reason: error.description)
            }
        }
    }

    /// The non-blank lines of the file at `path` (1 when it cannot be read: its one failure).
    static func count(path: String) -> Int {
        guard let descriptor = try? FileError.openForReading(path) else { return 1 }
        defer { close(descriptor) }
        var lines = 0
        var blank = true
        while let chunk = try? FileError.readChunk(descriptor, count: 1 << 16), !chunk.isEmpty {
            for byte in chunk {
                switch byte {
                case 0x0A:
                    if !blank { lines += 1 }
                    blank = true
                case 0x20, 0x09, 0x0D: continue
                default: blank = false
                }
            }
        }
        return blank ? lines : lines + 1
    }
}

// MARK: - System calls

/// A file that could not be opened or read; `reason` is the system's message in lower case.
struct FileError: Error {
    let reason: String

    /// `result`, or the error `errno` describes when it is negative.
    static func check(_ result: Int32) throws(FileError) -> Int32 {
        guard result < 0 else { return result }
        let message = String(cString: strerror(errno))
        throw FileError(reason: message.prefix(1).lowercased() + message.dropFirst())
    }

    /// Opens `path` for reading without waiting: a named pipe with no writer opens at once (and
    /// reads as empty) instead of blocking the batch forever; one with a writer, such as the
    /// `/dev/fd/63` of a shell's `<(command)`, then reads normally.
    static func openForReading(_ path: String) throws(FileError) -> Int32 {
        let descriptor = try check(open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK))
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return descriptor
    }

    /// Up to `count` bytes; empty at the end of the file.
    static func readChunk(_ descriptor: Int32, count: Int) throws(FileError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
            if got < 0 && errno == EINTR { continue }
            _ = try check(Int32(clamping: got))
            bytes.removeSubrange(got...)
            return bytes
        }
    }

    /// Every byte up to the end of the file, but never more than `limit`.
    static func readAll(_ descriptor: Int32, limit: Int) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < limit {
            let chunk = try readChunk(descriptor, count: min(1 << 16, limit - bytes.count))
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
    }
}
