import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase
import SQLite

extension Attache.Ingest {
    /// `ingest --facts`: loads articles with the facts `extract --jsonl` found in them, through
    /// the same `KnowledgeBase.ingest(_:facts:)` as a direct ingest, so people, meetings and aid
    /// are resolved across articles exactly as if the articles had been ingested in that order.
    /// Reports as a direct ingest does: one line per input, then the total.
    func ingestFacts() throws {
        if dryRun { throw ValidationError("--facts writes what was extracted elsewhere; --dry-run is for articles") }
        if date != nil { throw ValidationError("--facts lines carry their articles' dates; --date is for articles") }
        let knowledgeBase = try database.open(.readWrite)
        // A line holds the article and its facts, each evidence sentence again: allow four times the article.
        let files = FactsFiles(paths: paths, maxLineBytes: maxBytes > Int.max / 4 ? Int.max : maxBytes * 4)
        var tally = IngestTally()
        var stopped = false
        defer { Diagnostics.write(tally.summary(path: Diagnostics.name(database.resolvedPath), stopped: stopped)) }
        for item in files {
            let (outcome, line) = try load(item, into: knowledgeBase, stopped: &stopped)
            tally.record(outcome)
            Diagnostics.write(line)
        }
        if tally.failed > 0 { throw ExitCode.inputFailed }
    }

    /// Writes one line's article and facts, and returns the line that reports it. A fault of the
    /// database ends the batch (exit 3), as in a direct ingest.
    private func load(_ item: FactsFiles.Item, into knowledgeBase: KnowledgeBase, stopped: inout Bool) throws -> (IngestTally.Outcome, String) {
        switch item {
        case .failure(let input, let reason):
            return (.failed, "error  \(Diagnostics.name(input)): \(Diagnostics.oneLine(reason))")
        case .facts(let extracted, let input):
            let name = Diagnostics.name(input)
            do {
                switch try knowledgeBase.ingest(extracted.article, facts: extracted.facts) {
                case .added(let counts): return (.added(counts), "added  \(name): \(IngestTally.describe(counts))")
                case .alreadyKnown: return (.known, "known  \(name): already in the knowledge base, nothing added")
                }
            } catch let error as KnowledgeBaseError {
                // Facts that contradict their article (evidence outside the body, say).
                return (.failed, "error  \(name): \(Diagnostics.oneLine(error.reason))")
            } catch let error as SQLiteError where error.is(.constraint) {
                return (.failed, "error  \(name): \(error)")
            } catch {
                stopped = true
                let failure = knowledgeBase.writeFailure(error, writing: input)
                Diagnostics.write("error  \(name): \(Diagnostics.oneLine(failure?.reason ?? String(describing: error)))")
                throw ExitCode.database
            }
        }
    }
}
