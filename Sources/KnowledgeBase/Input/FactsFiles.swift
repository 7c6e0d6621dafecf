import Extraction
import Foundation

/// The facts named on a command line (`attache ingest --facts`), read one line at a time.
///
/// Each path is a file of `attache extract --jsonl` lines, a directory (its files sorted by
/// name, leaving out those whose names start with `.` or `_`, as Hadoop and Spark write
/// `_SUCCESS` and `.crc` files beside their `part-NNNNN` files) or `-` for standard input. No
/// more than one line is held at a time, so facts of any number of articles stream.
///
/// Every non-blank line yields an item: an article with its facts, or a failure naming the line
/// ("facts.jsonl:12") and the reason, one line. An error object that `extract --jsonl` wrote for
/// a bad input is a failure too, naming that input.
public struct FactsFiles: Sequence {
    /// One line's outcome.
    public enum Item {
        case facts(ExtractedArticle, input: String)
        case failure(input: String, reason: String)
    }

    public let paths: [String]
    /// The longest line accepted, in bytes: an article's body and its facts.
    public let maxLineBytes: Int
    /// The file descriptor `-` reads from.
    public let standardInput: Int32

    public init(paths: [String], maxLineBytes: Int, standardInput: Int32 = STDIN_FILENO) {
        self.paths = paths
        self.maxLineBytes = maxLineBytes
        self.standardInput = standardInput
    }

    public func makeIterator() -> Iterator { Iterator(files: self) }

    /// Walks the paths lazily; one file stays open while its lines are read.
    public final class Iterator: IteratorProtocol {
        private let files: FactsFiles
        private var inputs: PathQueue
        private var name = ""
        private var lines: LineReader?
        private var lineNumber = 0
        private let decoder = JSONDecoder()

        init(files: FactsFiles) {
            self.files = files
            inputs = PathQueue(paths: files.paths, expand: Self.expand)
        }

        public func next() -> Item? {
            while true {
                if let lines {
                    if let item = next(from: lines) { return item }
                    self.lines = nil
                }
                switch inputs.next() {
                case nil:
                    return nil
                case .failure(let path, let reason):
                    return .failure(input: path, reason: reason)
                case .standardInput:
                    open(LineReader(descriptor: files.standardInput, maxBytes: files.maxLineBytes, closesDescriptor: false),
                         named: "<stdin>")
                case .file(let path):
                    do {
                        open(LineReader(descriptor: try FileError.openForReading(path), maxBytes: files.maxLineBytes), named: path)
                    } catch {
                        return .failure(input: path, reason: error.reason)
                    }
                }
            }
        }

        private func open(_ reader: LineReader, named name: String) {
            lines = reader
            self.name = name
            lineNumber = 0
        }

        /// The next non-blank line's item, or nil at the end of `lines`.
        private func next(from lines: LineReader) -> Item? {
            while true {
                let line: [UInt8]
                let length: Int
                do {
                    guard let next = try lines.next() else { return nil }
                    (line, length) = next
                } catch {
                    lines.finish()
                    return .failure(input: "\(name):\(lineNumber + 1)", reason: error.reason)
                }
                lineNumber += 1
                let input = "\(name):\(lineNumber)"
                if length > files.maxLineBytes {
                    return .failure(input: input, reason: "too large: a line of \(length) bytes, over the limit of \(files.maxLineBytes)")
                }
                if LineReader.isBlank(line) { continue }
                guard String(validating: line, as: UTF8.self) != nil else {
                    return .failure(input: input, reason: ArticleError.invalidUTF8(offset: LineReader.firstInvalidByte(line)).description)
                }
                return decode(line, input: input)
            }
        }

        /// What `extract --jsonl` writes for an input it could not read.
        private struct ErrorLine: Decodable {
            let error: String?
            let input: String?
        }

        private func decode(_ line: [UInt8], input: String) -> Item {
            let data = Data(line)
            if let failed = try? decoder.decode(ErrorLine.self, from: data), let error = failed.error {
                return .failure(input: input, reason: "not extracted (\(failed.input ?? "unknown input")): \(error)")
            }
            do {
                return .facts(try decoder.decode(ExtractedArticle.self, from: data), input: input)
            } catch let error as DecodingError {
                return .failure(input: input, reason: "malformed facts: \(Self.describe(error))")
            } catch {
                return .failure(input: input, reason: "malformed facts: \(error)")
            }
        }

        /// A decoding error in one line: what is wrong, and at which key.
        private static func describe(_ error: DecodingError) -> String {
            func path(_ context: DecodingError.Context) -> String {
                let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
                return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
            }
            switch error {
            case .keyNotFound(let key, let context): return "no \"\(key.stringValue)\"\(path(context))"
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                return "\(context.debugDescription.prefix(1).lowercased() + context.debugDescription.dropFirst())\(path(context))"
            case .dataCorrupted(let context):
                return context.codingPath.isEmpty ? "not a JSON object" : "invalid value\(path(context))"
            @unknown default: return "\(error)"
            }
        }

        /// A file as itself; a directory as its files, sorted, without those named `.*` or `_*`.
        static func expand(_ path: String) throws(FileError) -> [String] {
            var status = stat()
            _ = try FileError.check(stat(path, &status))
            guard status.st_mode & S_IFMT == S_IFDIR else { return [path] }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw FileError(reason: "cannot list directory \(path)")
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            let found = names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.map { base + $0 }.filter {
                var status = stat()
                return stat($0, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
            }
            guard !found.isEmpty else { throw FileError(reason: "no facts files in this directory") }
            return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
    }
}
