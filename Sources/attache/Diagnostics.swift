import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

/// Writes diagnostics to stderr, one line each; stdout carries data only.
enum Diagnostics {
    /// Writes `text` and a newline to stderr.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// "attache: <input>: <reason>", on one line.
    static func error(_ input: String, _ reason: String) {
        write("attache: \(name(input)): \(oneLine(reason))")
    }

    /// An input's name as a diagnostic shows it: as given, or quoted with escapes when it holds
    /// a line break or another control character, so that the diagnostic stays on one line.
    static func name(_ input: String) -> String {
        input.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }
            ? input.debugDescription : input
    }

    /// Reports a failure to open, read or write the knowledge base at `path`; returns exit code 3.
    static func databaseFailure(_ error: Error, path: String) -> ExitCode {
        switch error {
        case let error as KnowledgeBaseError: Self.error(error.subject, error.reason)
        default: Self.error(path, String(describing: error))
        }
        return .database
    }

    /// `text` with line breaks turned into spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
