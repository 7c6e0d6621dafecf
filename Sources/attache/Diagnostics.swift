import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

/// Writes diagnostics to stderr, one line each; stdout carries data only.
enum Diagnostics {
    /// Writes `text` and a newline to stderr, after what stdout holds so far, so that the two
    /// stay in order when they go to the same place.
    static func write(_ text: String) {
        fflush(nil)  // every C stream; stdout is the one with something buffered
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

    /// Reports a failed query: a name that fits several people or a malformed search is a usage
    /// error (exit 2), a name or id that fits nothing exit 1, anything else a database failure
    /// (exit 3).
    static func queryFailure(_ error: Error, path: String) -> ExitCode {
        switch error {
        case let error as QueryError:
            Self.error(error.subject, error.reason)
            if case .malformedSearch = error { return .usage }
            return .inputFailed
        case let error as KnowledgeBaseError where error.isAboutAName:
            Self.error(error.subject, error.reason)
            if case .ambiguousPerson = error { return .usage }
            return .inputFailed
        default:
            return databaseFailure(error, path: path)
        }
    }

    /// `text` with line breaks turned into spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension KnowledgeBaseError {
    /// True for errors about a person's name given on the command line.
    fileprivate var isAboutAName: Bool {
        switch self {
        case .ambiguousPerson, .unknownPerson: return true
        default: return false
        }
    }
}
