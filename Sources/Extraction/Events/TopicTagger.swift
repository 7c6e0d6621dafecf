/// Tags sentences with topics of the taxonomy (topics.tsv) whose cue words they contain.
struct TopicTagger: Sendable {
    /// Topics of the sentences `indices`, most frequent first, then in order of appearance.
    func topics(in doc: Document, sentences indices: some Sequence<Int>) -> [String] {
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for s in indices {
            // The sentence's cues are matched once, by `Document`.
            for topic in doc.topics[s] {
                let current = counts[topic.name] ?? (0, order)
                counts[topic.name] = (current.count + 1, current.first)
                order += 1
            }
        }
        return counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
            .map(\.key)
    }
}
