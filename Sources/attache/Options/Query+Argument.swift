import ArgumentParser
import Extraction
import KnowledgeBase

// The values of `--mode`, `--status`, `--kind` and `--group-by`: help lists them, a bad one is
// argument-parser's usage error, and shell completion offers them.

extension MeetingMode: ExpressibleByArgument {}
extension MeetingStatus: ExpressibleByArgument {}
extension AidKind: ExpressibleByArgument {}
extension AidGrouping: ExpressibleByArgument {}
