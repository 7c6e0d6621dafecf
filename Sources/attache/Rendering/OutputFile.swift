import Foundation

/// A file, or stdout, written in large chunks: `export` streams every row through one.
final class OutputFile {
    /// A write that failed: the file and the reason, for a one-line diagnostic.
    struct Failure: Error {
        let path: String
        let reason: String
    }

    private let path: String
    private let handle: FileHandle
    private var buffer = Data()

    /// Stdout when `path` is nil or `-`; else the file at `path`, created or emptied.
    init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = "stdout"
            handle = .standardOutput
            return
        }
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else {
            throw Failure(path: path, reason: "cannot create the file (does its folder exist, and may attache write there?)")
        }
        self.handle = handle
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered, and closes the file (never stdout).
    func close() throws {
        try flush()
        if handle !== FileHandle.standardOutput { try handle.close() }
    }

    private func flush() throws {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw Failure(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
