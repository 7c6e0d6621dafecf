import Foundation

/// The lines of a file descriptor, read through a fixed-size buffer: memory stays bounded by the
/// longest line accepted, whatever the length of the stream.
final class LineReader {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    /// Lines longer than this many bytes are skipped to their end and returned empty.
    let maxBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// Reads `descriptor`, closing it when released if `closesDescriptor` (not standard input).
    init(descriptor: Int32, maxBytes: Int, closesDescriptor: Bool = true) {
        self.descriptor = descriptor
        self.maxBytes = maxBytes
        self.closesDescriptor = closesDescriptor
    }

    deinit { if closesDescriptor { close(descriptor) } }

    /// Stops reading: the next call returns nil. For a read that failed midway.
    func finish() { atEnd = true; buffer.removeAll(); start = 0 }

    /// The next line without its newline, and its full length; a line longer than `maxBytes` is
    /// skipped to its end and returned empty, so memory stays bounded. Nil at the end.
    func next() throws(FileError) -> (bytes: [UInt8], length: Int)? {
        var skipped = 0
        while true {
            if let newline = Self.firstNewline(in: buffer, from: start) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return skipped > 0 ? ([], skipped + line.count) : (line, line.count)
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return skipped > 0 ? ([], skipped + line.count) : (line, line.count)
            }
            buffer.removeFirst(start)
            start = 0
            if buffer.count > maxBytes {
                skipped += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            let chunk = try FileError.readChunk(descriptor, count: 1 << 16)
            if chunk.isEmpty { atEnd = true } else { buffer += chunk }
        }
    }

    /// The index of the first "\n" of `buffer` from `start` on: C's `memchr`, which reads the 64 KB buffer many bytes
    /// at a time, where a generic search read it byte by byte.
    private static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, bytes.count - start)
            else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// True when `line` holds nothing but spaces, tabs and carriage returns.
    static func isBlank(_ line: [UInt8]) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    /// The offset of the first byte of `bytes` that is not valid UTF-8.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return offset
    }
}
