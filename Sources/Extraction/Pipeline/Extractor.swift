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
        let tagger = TopicTagger()

        // One copy of each sentence's text however many people it names (a sentence may be a whole article).
        var evidence: [Int: Evidence] = [:]
        let people = coref.people.map { person in
            let first = mentions[person.mentions[0]].sentence
            let sentence = evidence[first] ?? doc.evidence(doc.sentences[first])
            evidence[first] = sentence
            return PersonFact(name: person.name, title: person.title, country: person.country,
                              aliases: person.aliases.filter { $0 != person.name }, evidence: sentence)
        }
        let found = MeetingExtractor().meetings(in: doc, mentions: mentions, coref: coref)
        var meetings = found.map(\.fact)
        // A meeting is about what its report says: the sentences from its first one up to the next meeting's.
        // Sentences by their start (starts only grow: a binary search), and the meetings' first sentences in order, so
        // that each meeting finds its own in one look-up, not a scan of the article per meeting.
        func sentenceAt(_ start: Int) -> Int? { doc.sentenceIndex(startingAt: start) }
        let starts = meetings.map { meeting in sentenceAt(meeting.evidence[0].start) ?? 0 }
        let ordered = Array(Set(starts)).sorted()
        for n in meetings.indices {
            // The first meeting's sentence after this one's (binary search in `ordered`).
            var low = 0
            var high = ordered.count
            while low < high {
                let mid = (low + high) / 2
                if ordered[mid] <= starts[n] { low = mid + 1 } else { high = mid }
            }
            let next = low < ordered.count ? ordered[low] : doc.sentences.count
            let own = Set(meetings[n].evidence.compactMap { e in sentenceAt(e.start) })
            meetings[n].topics = tagger.topics(in: doc, sentences: own.union(starts[n]..<next).sorted())
        }
        var partners: [String] = []
        for (_, people) in found {
            for country in people.compactMap({ coref.people[$0].country }) where !partners.contains(country) { partners.append(country) }
        }
        let meetingDays = meetings.filter { $0.status == .held && $0.datePrecision == .day }
            .map { AidExtractor.HeldMeeting(day: $0.date, from: $0.evidence[0].start, country: $0.locationCountry) }.sorted { $0.from < $1.from }
        let publisher = doc.publisher
        // The person a sentence opens with, by name or office ("The Prime Minister announced …"), and where the words
        // naming them end: asked only of a sentence whose commitment names no giver.
        lazy var referents = Coreference.Referents(people: coref.people, mentions: mentions, publisher: publisher)
        func subject(ofSentence s: Int) -> (state: String, end: Int)? {
            let range = doc.sentences[s].range
            if let m = mentions.firstIndex(where: { $0.sentence == s && $0.extent.lowerBound == range.lowerBound }) {
                return coref.people[coref.personOfMention[m]].country.map { ($0, mentions[m].extent.upperBound) }
            }
            guard let description = MeetingExtractor().definiteDescriptions(doc, range).first, description.lowerBound == range.lowerBound,
                let p = referents.referent(of: description, in: doc, before: s)
            else { return nil }
            return coref.people[p].country.map { ($0, description.upperBound) }
        }
        let aid = AidExtractor().commitments(in: doc, partners: partners, meetingDays: meetingDays, publisher: publisher,
                                             subject: subject(ofSentence:))
        return Facts(source: article.source, date: article.date, title: article.title, people: people,
                     meetings: meetings, aid: aid, topics: tagger.topics(in: doc, sentences: doc.sentences.indices))
    }
}

extension Extractor {
    /// How the extractor read `article`: every person mention with its sentence, title, country and
    /// role, then the people they were merged into. For developers chasing a miss; not a stable format.
    public func explain(_ article: Article) -> String {
        let doc = Document(article: article)
        let mentions = PersonFinder().mentions(in: doc)
        let coref = Coreference().resolve(mentions, in: doc)
        let publisher = doc.publisher
        var lines = ["publisher \(publisher ?? "-") anchor \(doc.anchor)"]
        for (n, mention) in mentions.enumerated() {
            lines.append("mention s\(mention.sentence) \(mention.name.debugDescription) title=\(mention.title ?? "-") "
                + "country=\(mention.country ?? "-") counterpart=\(mention.counterpartCountry ?? "-")"
                + (mention.isSpeaker ? " speaker" : "") + " → person \(coref.personOfMention[n])")
        }
        for (p, person) in coref.people.enumerated() {
            lines.append("person \(p) \(person.name.debugDescription) title=\(person.title ?? "-") country=\(person.country ?? "-") "
                + "aliases=\(person.aliases)")
        }
        return lines.joined(separator: "\n")
    }
}
