/// Text in, facts out: the whole extraction pipeline for one article.
///
/// sentences → mentions → coreference → meetings and aid → topics. Pure and deterministic: no
/// I/O, no clock, no global state beyond the immutable reference data. Safe to share across threads.
public struct Extractor: Sendable {
    public init() {}

    /// Everything the article states about people, meetings and aid.
    public func extract(_ article: Article) -> Facts {
        let doc = Document(article: article)
        let mentions = PersonFinder().mentions(in: doc)
        let coref = Coreference().resolve(mentions, in: doc)
        #if DEBUG_MENTIONS
        for (n, m) in mentions.enumerated() {
            print("mention", n, m.sentence, m.name, m.title ?? "-", m.country ?? "-", m.counterpartCountry ?? "-", doc.text(m.extent), "speaker:", m.isSpeaker, "->", coref.personOfMention[n])
        }
        #endif
        let tagger = TopicTagger()

        let people = coref.people.map { person in
            let first = mentions[person.mentions[0]]
            return PersonFact(name: person.name, title: person.title, country: person.country,
                              aliases: person.aliases.filter { $0 != person.name },
                              evidence: doc.evidence(doc.sentences[first.sentence]))
        }
        let meetings = MeetingExtractor().meetings(in: doc, mentions: mentions, coref: coref).map { meeting in
            var fact = meeting.fact
            fact.topics = tagger.topics(in: doc, sentences: doc.sentences.indices.filter { s in
                fact.evidence.contains { $0.start == doc.sentences[s].start }
            })
            return fact
        }
        let aid = AidExtractor().commitments(in: doc)
        return Facts(source: article.source, date: article.date, title: article.title, people: people,
                     meetings: meetings, aid: aid, topics: tagger.topics(in: doc, sentences: doc.sentences.indices))
    }
}
