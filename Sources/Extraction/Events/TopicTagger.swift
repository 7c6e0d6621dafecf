/// Tags sentences with topics of the taxonomy (topics.tsv) whose cue words they contain.
struct TopicTagger: Sendable {
    /// Topics of the sentences `indices`, most frequent first, then in order of appearance.
    func topics(in doc: Document, sentences indices: some Sequence<Int>) -> [String] {
        // An article names a handful of topics: a list searched in place costs less than hashing each name.
        var counts: [(name: String, count: Int, first: Int)] = []
        var order = 0
        for s in indices {
            // The sentence's cues are matched once, by `Document`.
            for topic in doc.topics[s] {
                if let n = counts.firstIndex(where: { $0.name == topic.name }) {
                    counts[n].count += 1
                } else {
                    counts.append((topic.name, 1, order))
                }
                order += 1
            }
        }
        return counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }.map(\.name)
    }
}
