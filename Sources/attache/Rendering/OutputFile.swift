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

    /// Stdout when `path` is nil or `-`; else the file at `path`, created or emptied in place
    /// as a shell's `>` would: a link is followed and a device written to, never replaced.
    init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = "stdout"
            handle = .standardOutput
            return
        }
        self.path = path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(path: path, reason: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
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
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
            throw Failure(path: path, reason: "cannot write: \(reason ?? error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
